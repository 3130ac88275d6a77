### Review status: draft. Written without a native speaker; needs review by one before release.

## The Settings screen: the language, when reminders come, which kinds, whose clock they follow,
## what the lock screen shows, notifications, the protocol, backups, deleting everything.

settings-title = Réglages

## The settings form: the language, then the reminders.

settings-reminders-title = Rappels
settings-language = Langue
# The first choice of language, before the languages the app has (each named in itself).
settings-language-system = La langue du système
settings-language-hint = Les dates et les heures suivent les conventions de la langue.
settings-reminder-time = Rappel du matin à
settings-reminder-time-missing = Choisissez l’heure du rappel du matin.
settings-quiet = Heures de silence
# When quiet hours begin, and when they end.
settings-quiet-from = De
settings-quiet-to = À
settings-quiet-hint = Un rappel prévu pendant les heures de silence attend qu’elles se terminent ; aucun n’est perdu.
settings-quiet-invalid = Les heures de silence demandent deux heures différentes ; sinon, désactivez-les.
# Above the kinds of reminder, each of which can be turned off.
settings-kinds = Types de rappels
settings-zone = Fuseau horaire
settings-policy-follow = Suivre l’heure là où je suis
# $time: an example time of day, 9 in the morning, written as the client's conventions do.
settings-policy-follow-hint = Un rappel de { $time } reste à { $time }, heure locale, quand vous voyagez.
settings-policy-home = Garder l’heure du domicile
settings-policy-home-hint = Les rappels gardent l’heure de votre fuseau de domicile, où que vous soyez.
settings-home-zone = Fuseau du domicile
settings-details = Afficher le contenu des rappels sur l’écran de verrouillage
# Quotes what the lock screen shows instead (the message private-digest).
settings-details-hint = Désactivé : l’écran de verrouillage affiche seulement « { private-digest } » ; le détail est dans l’application.
settings-save = Enregistrer les réglages
settings-saved = Réglages enregistrés ; les rappels les suivent.

## Where the sun is estimated for: the main city of the time zone, a city from the list, or
## coordinates; and the elevation.

settings-sun-legend = Où vous êtes, pour le soleil
settings-place = Lieu
settings-place-hint = Les rappels de protection solaire suivent l’indice UV de ce lieu. L’application ne demande jamais votre position.
settings-place-zone = La ville principale de mon fuseau horaire
# $city: the main city of the time zone reminders follow (Lisbon).
settings-place-zone-city = La ville principale de mon fuseau horaire ({ $city })
settings-place-city = Une ville de la liste
settings-place-coordinates = Coordonnées
settings-city = Ville
# An example in the city field; any well-known city of the language's countries.
settings-city-placeholder = p. ex. Paris
settings-city-hint = Commencez à taper ; la liste contient la ville principale de chaque fuseau horaire.
settings-city-unknown = Choisissez une ville dans la liste, ou saisissez des coordonnées.
# Labels of the coordinates: north and east are positive, south and west negative.
settings-latitude = Latitude (nord +)
settings-longitude = Longitude (est +)
# $latitude, $longitude: example coordinates (London's), numbers with decimals.
settings-coordinates-missing = Saisissez la latitude et la longitude, p. ex. { $latitude } et { $longitude }.
settings-elevation = Altitude en mètres
settings-elevation-hint = L’indice UV augmente d’environ 6 % par kilomètre.

## Notifications: on Android, exact times; on a computer, the tray and starting at login.

settings-notifications-title = Notifications
settings-exact-allowed = Les rappels arrivent à la minute près : Android autorise SMP Aftercare à programmer des alarmes exactes.
# “Alarms & reminders” is the name of Android's system setting, as Android calls it in the language.
settings-exact-held = Android peut retarder un rappel jusqu’à une heure pour économiser la batterie : les heures indiquées ici sont donc approximatives. Autorisez « Alarmes et rappels » pour SMP Aftercare et ils arriveront à la minute près.
settings-exact-allow = Autoriser les heures exactes
# “Quit” is the item of the tray icon’s menu: write it as the tray menu does.
settings-desktop = Sur un ordinateur, les rappels arrivent tant que SMP Aftercare est ouvert. Fermer sa fenêtre le laisse tourner dans la zone de notification ; choisissez « Quitter » dans son menu pour l’arrêter. Ce qui était prévu pendant qu’il était fermé s’affiche à son démarrage, si c’est encore utile.
settings-autostart = Lancer SMP Aftercare dans la zone de notification à l’ouverture de ma session
settings-autostart-on = SMP Aftercare démarre dans la zone de notification quand vous ouvrez votre session.
settings-autostart-off = SMP Aftercare ne démarre plus à l’ouverture de session.

## The protocol followed, and choosing another.

settings-protocol-title = Protocole de soins
# The protocol followed, one the app ships; its name is shown in bold. $name: its name;
# $version: its version, as its author wrote it.
settings-following = Vous suivez { $name } (version { $version }).
# The protocol followed, from a code without a studio's name. $name, $version as above.
settings-following-shared = Vous suivez { $name } (version { $version }, reçu par un code partagé).
# The protocol followed, from an artist. $name, $version as above; $origin: the studio's name,
# or the name of the file it came in.
settings-following-from = Vous suivez { $name } (version { $version }, source : { $origin }).
settings-protocol-follow = Suivre ce protocole
settings-protocol-changed = Protocole changé ; vos rappels le suivent.

## Backups: one file with everything, saved and restored.

settings-backup-title = Sauvegarde
settings-backup-intro = Vos données sont uniquement sur cet appareil. Une sauvegarde est un seul fichier qui contient vos séances, vos réglages, votre protocole, vos rappels et votre journal.
settings-backup-save = Enregistrer une sauvegarde
settings-backup-file = Fichier de sauvegarde
settings-backup-restore = Restaurer la sauvegarde
settings-backup-no-file = Choisissez d’abord un fichier de sauvegarde.
settings-restore-title = Restaurer cette sauvegarde ?
settings-restore-message = Tout le contenu de l’application sera remplacé par la sauvegarde. Si la sauvegarde est endommagée, rien ne change.
# The button that confirms.
settings-restore-confirm = Restaurer
settings-backup-restored = Sauvegarde restaurée.

## Deleting everything.

settings-delete-heading = Supprimer toutes les données
settings-delete = Supprimer toutes les données
settings-delete-title = Supprimer toutes vos données ?
settings-delete-message = Vos séances, vos réglages, votre choix de protocole, vos rappels et votre journal seront supprimés de cet appareil, et les notifications en attente seront annulées. Cette action est irréversible ; enregistrez d’abord une sauvegarde si vous pourriez vouloir les récupérer.
# The button that confirms.
settings-delete-confirm = Tout supprimer
settings-deleted = Tout a été supprimé.

## The medical notice, below.

settings-about-title = À propos de vos soins
