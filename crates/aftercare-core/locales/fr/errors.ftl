### Review status: draft. Written without a native speaker; needs review by one before release.

## What went wrong, in words a person can act on: each message names the value at fault and
## says what to do. Values the client typed ($value, $key, $tag) are shown as typed.

## The engine: what the client typed or imported.

error-date-time = `{ $value }` n’est pas une date avec une heure : format attendu YYYY-MM-DDTHH:MM, p. ex. 2026-03-05T10:00
error-date = `{ $value }` n’est pas une date : format attendu YYYY-MM-DD, p. ex. 2026-03-08
error-time = `{ $value }` n’est pas une heure : format attendu HH:MM, p. ex. 09:00
error-quiet-hours = `{ $value }` n’est pas une plage d’heures de silence : format attendu HH:MM-HH:MM avec deux heures différentes, p. ex. 22:00-08:00
error-zone = `{ $value }` n’est pas un fuseau horaire IANA connu : utilisez un nom comme Europe/London ou America/New_York
# $date: as typed; $first, $last: years.
error-date-out-of-range = { $date } est en dehors des années prises en charge ({ $first }-{ $last })
error-latitude = `{ $value }` n’est pas une latitude : indiquez des degrés de -90 (sud) à 90 (nord)
error-longitude = `{ $value }` n’est pas une longitude : indiquez des degrés de -180 (ouest) à 180 (est)
error-elevation = `{ $value }` n’est pas une altitude : indiquez des mètres au-dessus du niveau de la mer, de -500 à 9000
error-ozone = `{ $value }` n’est pas une colonne d’ozone : indiquez des unités Dobson de 50 à 700 (300 est une valeur typique)
# The category names are the command line's words: keep them in English.
error-category = `{ $value }` n’est pas une catégorie de rappel : utilisez milestone, digest, prep, sun ou checkin
error-language = `{ $value }` n’est pas une langue de l’application : utilisez en, es, fr, pt-BR ou tr, avec si vous le souhaitez une région pour ses conventions de date et d’heure (en-GB, fr-CA)
# The snooze words are the command line's: keep them in English.
error-snooze = `{ $value }` n’est pas un report valide : utilisez hour, evening, tomorrow, ou une durée comme 30m, 1h ou 1d
error-evening-passed = c’est déjà le soir : reportez d’une heure, ou à demain matin
error-no-sessions = un traitement doit avoir au moins une séance
error-too-many-sessions = un traitement compte au plus { $max } séances, pas { $count }
# $earlier, $later: session numbers; $earlier_start, $later_start: their dates and times.
error-sessions-out-of-order = la séance { $later } ({ $later_start }) ne vient pas après la séance { $earlier } ({ $earlier_start }) : indiquez les séances dans l’ordre
# $days: days between the two sessions; $min: the protocol's minimum; $protocol: its id.
error-sessions-too-close =
    les séances { $earlier } et { $later } ne sont espacées que de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; le protocole `{ $protocol }` demande au moins { $min ->
        [one] { $min } jour
       *[other] { $min } jours
    }
error-pain = la douleur { $value } est hors de l’échelle : notez-la de 0 (aucune) à 10 (la pire imaginable)
error-unknown-rule = le protocole n’a pas de règle `{ $key }`
error-not-postponable = `{ $key }` ne peut pas être repoussé : seul ce que vous évitez pendant la cicatrisation, ou ce qui est de nouveau permis ensuite, peut attendre
error-postponed-too-long = `{ $key }` est déjà repoussé de { $max } jours pour cette séance : demandez l’avis de votre praticien avant d’attendre plus longtemps
# $problems: each problem, separated by semicolons.
error-invalid-protocol = protocole non valide : { $problems }
# $reason: one of the share-code-* messages.
error-share-code = ce n’est pas un code de partage de protocole : { $reason } ; rien n’a été importé
share-code-no-prefix = il ne commence pas par SMPA suivi d’un numéro de format
share-code-unknown-format = son numéro de format n’a jamais été utilisé par SMP Aftercare
share-code-damaged = il est endommagé ou incomplet : copiez le code en entier
share-code-not-text = il ne contient pas de texte
error-newer-share-code = ce code de partage vient d’une version plus récente de SMP Aftercare (format { $format }) : mettez l’application à jour pour l’importer
error-import-too-large = dépasse les { $kib } KiB autorisés pour un protocole ; rien n’en a été lu
error-too-large-for-qr = { $bytes } caractères, c’est trop pour un seul code QR (au plus { $max }) : partagez plutôt le lien ou le fichier
# $kind: the file's format (GIF, WebP, HEIC…), or "none" when it cannot be told.
error-photo-kind =
    { $kind ->
        [none] seules les photos JPEG et PNG peuvent être ajoutées ; rien n’a été enregistré
       *[other] c’est une image { $kind }, et seules les photos JPEG et PNG peuvent être ajoutées ; rien n’a été enregistré
    }
# $why: what the file breaks, in the terms of its format.
error-photo-damaged = impossible de lire cette photo : { $why } ; rien n’a été enregistré
error-photo-too-large = cette photo dépasse les { $mib } MiB autorisés pour une photo ; rien n’a été enregistré

## A protocol file's problems, as `protocol check` and the import list them. $field: a field of
## the file (name, days, title…), which stays as written in the file.

problem-line-field = ligne { $line }, { $field } : { $message }
problem-line = ligne { $line } : { $message }
problem-field = { $field } : { $message }
problem-in = { $field }
problem-in-rule = règle `{ $key }`, { $field }
problem-in-rule-number = règle n° { $number }, { $field }
# $tag: the translation's language tag; $message: what is wrong with it.
problem-in-translation = { $tag } : { $message }
# $detail: the file reader's own words.
problem-syntax = { $detail }
# $found: the file's format number; $reads: the one this app reads.
problem-format-newer = le format { $found } est plus récent que ce que cette application comprend ({ $reads }) ; mettez l’application à jour
problem-format-unknown = le format { $found } n’est pas pris en charge ; cette application lit le format { $reads }
problem-format-missing = champ `format` manquant (cette application lit le format { $reads })
problem-grace = au plus { $max } heures (30 jours)
problem-no-rules = un protocole doit avoir au moins une règle
problem-too-many-rules = { $count } règles ; { $max } au plus sont autorisées
problem-key-taken = `{ $key }` est déjà utilisé par une règle précédente ; les clés doivent être uniques
problem-uv-not-sun = "uv" suit le soleil : seule une règle `sun` peut l’utiliser
problem-translation-own-language = le protocole est déjà écrit dans cette langue
problem-lifts-not-allowed = seule une règle `allowed` peut en lever une autre
problem-lifts-unknown = `{ $key }` n’est la clé d’aucune règle de ce protocole
problem-lifts-not-avoid = `{ $key }` n’est pas une règle `avoid`
# $from: the day the rule allows from; $until: the last day of the rule it lifts.
problem-lifts-overlap = autorisé à partir du jour { $from } alors que `{ $key }` s’applique encore jusqu’au jour { $until }
problem-day-out-of-range = le jour { $day } est hors limites : les jours vont de { $first } à { $last }
problem-window-backwards = la période se termine le jour { $end }, avant de commencer le jour { $start }
problem-occurrences = { $count } occurrences ; au plus { $max } (utilisez un `every` plus long)
problem-language-tag = `{ $tag }` n’est pas une étiquette de langue comme en, es ou pt-BR
problem-key = `{ $key }` n’est pas une clé : utilisez de 1 à { $max } lettres minuscules, chiffres et tirets
problem-empty = ne doit pas être vide
problem-too-long = { $count } caractères ; au plus { $max }
problem-control-character = contient un caractère de contrôle
problem-out-of-range = { $value } est hors limites : de { $first } à { $last }

## The database. $path: the file; $detail: SQLite's or the system's own words.

error-newer-database = { $path } a été écrit par une version plus récente de SMP Aftercare (schéma { $found } ; celle-ci lit jusqu’au { $supported }) ; mettez l’application à jour. Le fichier n’a pas été modifié.
error-not-a-database = { $path } n’est pas une base de données SMP Aftercare (ce n’est pas du SQLite) ; il n’a pas été modifié
error-corrupt = { $path } est endommagé ({ $detail }) ; il n’a pas été modifié : restaurez une sauvegarde
error-cannot-open = impossible d’ouvrir { $path } : { $detail }
error-read-only = { $path } est en lecture seule : rien n’a été modifié
error-disk-full = le disque qui contient { $path } est plein : rien n’a été modifié
error-disk-failed = le disque qui contient { $path } a rencontré une erreur ({ $detail }) : rien n’a été modifié
# $number: the session asked for; $count: how many there are.
error-no-such-session = il n’y a pas de séance { $number } ; il y en a { $count }
error-no-such-reminder = aucun rappel n’a la clé `{ $key }`
error-no-such-note = il n’y a pas de note de journal { $id }
error-still-in-log = supprimé, mais un autre programme qui lit { $path } (comme `aftercare remind`) garde encore une copie antérieure dans le journal de transactions de la base de données : fermez-le, puis supprimez à nouveau pour l’effacer
error-no-such-photo = il n’y a pas de photo { $id }
error-note-too-long = la note fait { $count } caractères ; { $max } au plus sont possibles
error-file = `{ $path }` : { $detail }
# $detail: what is wrong with the file, in the terms of its format.
error-invalid-backup = sauvegarde inutilisable : { $detail } ; rien n’a été modifié
error-database = erreur inattendue de la base de données : { $detail }
error-migration = échec de la migration de la base de données : { $detail }

## Notifications and the device. $detail: the system's own words.

error-notifier = le service de notifications a refusé : { $detail }
error-platform = l’appareil a refusé : { $detail }
error-photo-incomplete = la photo n’est pas arrivée entière ({ $detail }) ; rien n’a été enregistré
error-exact-alarms-desktop = les alarmes exactes sont un réglage d’Android ; sur ordinateur, le minuteur est toujours à l’heure
error-exact-alarms-ios = iOS n’a pas de réglage d’alarmes exactes
error-window-closed = la fenêtre de l’application est fermée
error-autostart-phone = sur un téléphone, c’est le système qui lance les applications
# $id: the id asked for.
problem-not-bundled = `{ $id }` n’est pas un protocole fourni avec l’application
# A studio's contact details. $value: as written in the protocol.
problem-phone = `{ $value }` n’est pas un numéro de téléphone : des chiffres, avec des espaces, des tirets ou des parenthèses, et le + seulement au début
problem-email = `{ $value }` n’est pas une adresse e-mail comme studio@example.com
problem-website = `{ $value }` n’est pas une adresse de site web : elle doit commencer par https://
problem-handle = `{ $value }` n’est pas un identifiant de réseau social comme @inkstudio
error-no-contact = le protocole que vous suivez n’indique pas ce moyen de joindre son studio

## What is wrong with a photo's file, inside error-photo-damaged ($why). The format's own names
## (JPEG, PNG, IHDR, IDAT, IEND) stay as they are.

photo-empty = le fichier est vide
photo-cut-short = le fichier est tronqué : il s’arrête avant la fin de l’image
photo-jpeg-stray-marker = elle contient un marqueur JPEG là où il n’en faut aucun
photo-jpeg-segment-length = un segment JPEG a une longueur impossible
photo-jpeg-segment-past-end = un segment JPEG dépasse la fin du fichier
photo-jpeg-data-before-frame = ses données d’image précèdent l’en-tête de trame
photo-no-image-data = elle ne contient aucune donnée d’image
photo-jpeg-stray-bytes = elle contient, entre des segments JPEG, des octets qui n’appartiennent à aucun
photo-jpeg-frame-short = son en-tête de trame JPEG est trop court
photo-jpeg-frame-no-size = son en-tête de trame JPEG n’indique aucune taille
photo-png-signature = sa signature PNG est endommagée (a-t-elle été copiée comme du texte ?)
photo-png-no-header = elle ne commence pas par un en-tête PNG (IHDR)
photo-png-second-header = elle a un second en-tête PNG (IHDR)
photo-png-no-data = elle ne contient aucune donnée d’image (IDAT)
photo-png-cut-short = le fichier est tronqué : il s’arrête avant le dernier bloc PNG (IEND)
photo-png-chunk-length = un bloc PNG a une longueur impossible
photo-png-chunk-past-end = un bloc PNG dépasse la fin du fichier
photo-png-chunk-name = un bloc PNG a un nom qui ne fait pas quatre lettres
# $chunk: the chunk's four-letter name.
photo-png-checksum = la somme de contrôle de son bloc PNG `{ $chunk }` ne correspond pas
photo-png-header-size = son en-tête PNG (IHDR) n’a pas la bonne taille
photo-png-header-no-size = son en-tête PNG (IHDR) n’indique aucune taille
