### Review status: draft. Written without a native speaker; needs review by one before release.

## The Share screen: an artist's protocol by code or link, the reminders as a calendar file, a
## progress summary for the artist, and the way into artist mode. Nothing leaves the device
## unless the client saves or shares it there.

share-title = Partager
share-intro = Rien ne quitte cet appareil, sauf si vous l’enregistrez ou le partagez ici.

## An artist's protocol, pasted as a code or a link, looked at before anything changes.

share-protocol-title = Le protocole de votre artiste
share-protocol-intro = Les jours varient d’une clinique à l’autre. Suivez ceux de votre artiste : collez le code ou le lien reçu de sa part, voyez ce qui change, puis décidez.
share-code-label = Code ou lien
share-code-missing = Collez le code ou le lien que votre artiste vous a donné.
share-preview = Voir ce qui change
# The protocol offered, as a heading. $name: its name; $version: its version, as its author
# wrote it (1.2, 2026-spring).
share-protocol-name = { $name } ({ $version })
# Who gives the protocol. $studio: the studio's or artist's name.
share-from = Proposé par { $studio }
# $studio: the studio's or artist's name; $contact: a phone number, e-mail or street address.
share-from-contact = Proposé par { $studio } · { $contact }
share-no-change = C’est déjà le protocole que vous suivez : rien ne changerait.
# Above the list of differences. $count: how many, 1 or more.
share-changes =
    { $count ->
        [one] { $count } changement par rapport à ce que vous suivez maintenant :
       *[other] { $count } changements par rapport à ce que vous suivez maintenant :
    }
# Between what the protocol followed says and what the one offered would say, with a space on
# each side: point it the way the language reads.
share-change-arrow = →
share-nothing-yet = Rien ne change tant que vous ne choisissez pas de le suivre. Vos séances et ce que vous avez coché restent tels quels.
share-follow = Suivre ce protocole
# $name: the protocol's name.
share-following = Vous suivez désormais { $name } ; vos rappels suivent ses jours.

## The reminders as a calendar file. The buttons say Save on a computer, Share on a phone.

share-calendar-title = Calendrier
share-calendar-intro = Vos rappels et vos prochaines séances dans un fichier de calendrier (.ics) pour n’importe quelle application d’agenda, chacun avec une alerte. Si vous importez un fichier plus récent, les événements sont mis à jour, pas dupliqués.
share-calendar-kinds = Quels rappels
share-calendar-from = Début (facultatif)
share-calendar-to = Fin (facultatif)
share-calendar-save = Enregistrer le calendrier
share-calendar-share = Partager le calendrier
share-calendar-no-kind = Choisissez au moins un type de rappel.
share-calendar-backwards = La date de début est après la date de fin.

## The progress report for the artist, and the same as text (both come from the engine).

share-summary-title = Votre évolution, pour votre artiste
share-summary-intro = Vos séances, le nombre de jours suivis, les étapes manquées et le graphique de vos bilans, en une page que votre artiste ouvre dans n’importe quel navigateur. Les notes et photos du journal ne sont incluses que si vous les cochez.
share-summary-notes = Notes du journal à inclure
share-summary-no-notes = Pas encore de notes dans le journal.
share-summary-photos = Photos à inclure
share-summary-no-photos = Pas encore de photos.
# What a screen reader calls the preview of the report.
share-report-label = Le bilan, tel que votre artiste le verra
share-report-save = Enregistrer le bilan
share-report-share = Partager le bilan
share-summary-save = Enregistrer en texte
share-summary-share = Partager en texte

## The way into artist mode.

share-artist-title = Vous êtes artiste SMP ?
share-artist-intro = Rédigez vos propres jours et textes de soins, à partir du protocole par défaut, et transmettez-les à votre clientèle sous forme de code QR, de lien ou de fichier.
share-artist-open = Ouvrir le mode artiste

## Artist mode: an artist's own protocol, made from one the app ships or the one followed, then
## handed to clients as a QR code, a link, a code or a file.

artist-title = Mode artiste
artist-intro = Définissez les jours et les textes de vos propres soins. Votre clientèle scanne le code QR ou ouvre le lien, et voit ce qui diffère avant de suivre votre protocole.
# Links back to where artist mode was opened from.
artist-back-share = ← Retour à Partager
artist-back-welcome = ← Retour à l’accueil
# The protocol the artist starts from.
artist-base = Partir de
artist-base-seed = Le protocole par défaut
artist-base-strict = L’exemple plus strict
artist-base-current = Celui que je suis
# What a screen reader calls the form.
artist-form-label = Votre protocole

## Who gives the protocol.

artist-studio-legend = Votre studio
artist-studio = Nom du studio ou de l’artiste
artist-studio-hint = Affiché pour votre clientèle avec le protocole.
artist-contact = Adresse ou horaires d’ouverture (facultatif)
artist-contact-hint = Affiché sous forme de texte.
# Ways to reach the studio that the client's phone opens: the dialler, the mail app, the browser.
artist-phone = Téléphone (facultatif)
artist-email = E-mail (facultatif)
artist-website = Site web (facultatif)
artist-social = Identifiant sur les réseaux sociaux (facultatif)
artist-name = Nom du protocole
artist-version = Version

## Each rule's days and texts.

artist-rules-title = Jours et textes
artist-rules-hint = Le jour 0 est le jour d’une séance ; les jours négatifs viennent avant.
# Under each rule's title: what it asks, and the session its days count from. $kind: avoid
# (something to avoid for a while), allowed (something allowed again) or do (something to do);
# $from: each (each session), first (the first session), final (the final session) or treatment
# (the whole treatment).
artist-rule-kind =
    { $kind ->
        [avoid] À éviter
        [allowed] Autorisé à nouveau
       *[do] À faire
    }, { $from ->
        [first] jours comptés depuis la première séance
        [final] jours comptés depuis la dernière séance
        [treatment] sur toute la durée du traitement
       *[each] jours comptés depuis chaque séance
    }
artist-from-day = Du jour
artist-to-day = Au jour
artist-rule-title = Titre
artist-rule-text = Texte
# $rule: the rule's title.
artist-first-day-whole = { $rule } : le premier jour doit être un nombre entier.
# $rule: the rule's title.
artist-last-day-whole = { $rule } : le dernier jour doit être un nombre entier.
artist-make = Créer le code QR et le lien

## The protocol, ready to give.

artist-give-title = Transmettez-le à votre clientèle
artist-give-intro = Il suffit de scanner ce code avec l’appareil photo d’un téléphone, ou d’ouvrir le lien : SMP Aftercare montre ce qui diffère avant de suivre le protocole.
artist-qr-alt = Code QR du lien vers votre protocole
artist-link = Lien
artist-code = Code, à coller dans l’écran Partager de l’application
# The button says Save on a computer, Share on a phone.
artist-save-file = Enregistrer comme fichier de protocole
artist-share-file = Partager comme fichier de protocole

## What an artist's protocol would change, listed before the client follows it
## (`protocol import` on the command line too). Each difference: what, before, after.

compare-name = Nom
compare-version = Version
compare-studio = Studio
compare-description = Description
compare-min-days = Nombre minimal de jours entre deux séances
# $category: one of the compare-category-* words.
compare-grace = Retard maximal d’un rappel de { $category }
# $rule: the rule's title.
compare-new = Nouvelle règle : { $rule }
compare-dropped = Règle supprimée : { $rule }
# A rule's field that changed. $rule: the rule's title; $field: one of the compare-field-* names.
compare-rule-field = { $rule } : { $field }
compare-field-title = titre
compare-field-days = jours
compare-field-from = compté depuis
compare-field-kind = ce qui est demandé
compare-field-category = type de rappel
compare-field-at = rappel
compare-field-every = se répète
compare-field-lifts = met fin à
compare-field-body = texte
compare-field-source = source
# A rule in one line. $kind: a compare-kind-* word; $window: its days; $anchor: a compare-anchor-*
# phrase; $body: the rule's text.
compare-summary = { $kind }, { $window } de { $anchor } : { $body }
compare-window = entre { $start } et { $end }
compare-day = le jour { $day }
compare-days-before =
    { $days ->
        [one] la veille
       *[other] { $days } jours en amont
    }
compare-hours =
    { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
# How often a rule repeats; 0: it does not.
compare-every =
    { $days ->
        [0] non
        [one] tous les jours
       *[other] tous les { $days } jours
    }
compare-at-digest = dans la liste du matin
compare-at-morning = à l’heure du rappel du matin
# $time: a time of day.
compare-at-time = à { $time }
compare-at-uv = peu avant que l’indice UV atteigne 3
compare-anchor-each = chaque séance
compare-anchor-first = la première séance
compare-anchor-final = la dernière séance
compare-anchor-treatment = l’ensemble du traitement
compare-kind-avoid = à éviter
compare-kind-allowed = autorisé à nouveau
compare-kind-do = à faire
compare-category-milestone = changement
compare-category-digest = récapitulatif quotidien
compare-category-prep = préparation
compare-category-sun = protection solaire
compare-category-checkin = bilan

## The calendar file. $number: the session's number; $time: when it starts; $zone: its time zone.

ics-calendar = Soins post-SMP
ics-session = Séance SMP { $number }
ics-session-description = Micropigmentation capillaire, séance { $number }, à { $time } (fuseau horaire { $zone }).
ics-session-alarm = Séance SMP { $number } dans deux heures
