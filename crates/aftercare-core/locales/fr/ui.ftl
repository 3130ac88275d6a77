### Review status: draft. Written without a native speaker; needs review by one before release.

## The app's frame (ui/index.html, ui/js/app.js): the tabs, the window's title, the banners above
## every screen, what shows while the app starts or when it fails.

ui-skip = Aller au contenu
# Shown while the first screen loads.
ui-loading = Chargement de vos soins…
# The tab bar, for screen readers.
ui-sections = Sections
# The window's title. $screen: the screen's title (screen-today...).
ui-window-title = { $screen } · SMP Aftercare
# A heading, with the reason (in the client's language) under it.
ui-could-not-start = SMP Aftercare n’a pas pu démarrer

## A short message at the bottom of the screen when something failed that no screen expected.

# $message: what went wrong, as the app or the system wrote it (it may be in English).
ui-error = Un problème est survenu : { $message }
# $file: the address of a file of the app (a script, a style sheet, an image).
ui-error-load = Un problème est survenu : impossible de charger { $file }
ui-error-load-unnamed = Un problème est survenu : impossible de charger un fichier
# $address: the address the app's security rules did not let it load.
ui-error-blocked = Un problème est survenu : bloqué par la politique de sécurité du contenu : { $address }

## The tabs at the bottom of the screen: short, six share a phone's width.

tab-today = Aujourd’hui
tab-timeline = Chronologie
tab-journal = Journal
tab-sessions = Séances
tab-share = Partager
tab-settings = Réglages

## The screens' titles, in the window's title.

screen-welcome = Bienvenue
screen-today = Aujourd’hui
screen-timeline = Chronologie
screen-journal = Journal
screen-sessions = Séances
screen-share = Partager
screen-artist = Mode artiste
screen-settings = Réglages

## The banner shown when the device is in another time zone than the client's home.

ui-zone-banner = Fuseau horaire
# $zone: the time zone the device is in now; $home: the client's home zone (both IANA names,
# such as Europe/Paris).
ui-zone-question = Vous êtes maintenant dans le fuseau { $zone }. Les rappels doivent-ils suivre l’heure d’ici, ou rester à l’heure du domicile ({ $home }) ?
# A button. $zone: the time zone the device is in now.
ui-zone-follow = Suivre { $zone }
ui-zone-keep-home = Garder l’heure du domicile
# After the client answered.
ui-zone-followed = Les rappels suivent l’heure de l’endroit où vous êtes.
ui-zone-kept = Les rappels restent à l’heure du domicile.

## The banner shown when the check of the whole database found damage.

ui-damaged-banner = Données endommagées

## The banner shown when the app may not show notifications.

ui-notifications-banner = Notifications
ui-notifications-off = Les notifications sont désactivées : les rappels ne peuvent pas vous parvenir. Activez-les dans les réglages.
ui-open-settings = Ouvrir les réglages

## The kinds of reminder, as the client can mute them (settings) or export them (share): a name,
## and what it covers.

category-digest = Étapes du jour
category-digest-hint = La liste du matin : ce qu’il faut faire et éviter.
category-milestone = Changements
category-milestone-hint = Quand quelque chose est de nouveau permis, comme le lavage du cuir chevelu.
category-prep = Avant une séance
category-prep-hint = Pas d’alcool, la coupe de cheveux, bien dormir.
category-sun = Protection solaire
category-sun-hint = Vous couvrir la tête pendant la cicatrisation, puis pendant des années.
category-checkin = Bilans
category-checkin-hint = Vérifier la tenue du pigment et les retouches, au fil des années.

## Choosing the aftercare protocol to follow (first run and settings): one the app ships, or the
## client's artist's.

ui-protocol-choice = Protocole de soins
# The protocol the app suggests. $name: its name, as the protocol file writes it.
ui-protocol-recommended = { $name } (recommandé)
ui-protocol-code = Un code ou un lien de mon artiste
ui-protocol-code-hint = Ce que le code QR ou le message de votre praticien vous a donné.
ui-protocol-file = Le fichier de protocole de mon artiste
ui-protocol-file-hint = Un fichier .toml ou .json que votre praticien vous a donné.
# The fields that show for the last two choices.
ui-protocol-file-field = Fichier de protocole
ui-protocol-code-field = Code ou lien
ui-protocol-code-missing = Collez le code ou le lien que votre artiste vous a donné.
ui-protocol-file-missing = Choisissez le fichier de protocole que votre artiste vous a donné.
# $file: the name of the file the client chose.
ui-protocol-file-too-large = { $file } est trop volumineux pour être un fichier de protocole.

## Notifications, explained before the system asks for the permission (first run and settings).

# “Aftercare: today’s steps” is what the lock screen shows (private-digest).
ui-permission-why = Les rappels sont des notifications : les étapes du jour le matin, la veille au soir d’une séance, et quand quelque chose est de nouveau permis. Sur l’écran de verrouillage, elles affichent seulement « Soins : étapes du jour », sauf si vous choisissez d’afficher le détail.
ui-permission-allow = Autoriser les notifications
ui-permission-granted = Les notifications sont activées.
ui-permission-denied = Les notifications sont désactivées pour SMP Aftercare. Activez-les dans les réglages du système pour recevoir vos rappels.
ui-permission-prompt = Pas encore demandé.

## Shared by every screen (ui/js/dom.js).

# The button that closes a confirmation dialog without doing anything.
ui-cancel = Annuler
