### Review status: draft. Written without a native speaker; needs review by one before release.

## The healing journal: the daily check-in, photos, earlier check-ins, notes.

journal-title = Journal
journal-intro = L’évolution de votre cicatrisation, pour vous (et pour votre artiste, seulement si vous la partagez). Ce journal reste sur cet appareil.

## The daily check-in. Each question's answers are its own messages, so that they can agree
## with the sign they describe.

journal-check-in = Comment va votre cuir chevelu aujourd’hui ?
journal-redness = Rougeur
journal-redness-none = Aucune
journal-redness-mild = Légère
journal-redness-moderate = Modérée
journal-redness-severe = Intense
journal-spreading = La rougeur s’étend au-delà de la zone traitée
journal-swelling = Gonflement
journal-swelling-none = Aucun
journal-swelling-mild = Léger
journal-swelling-moderate = Modéré
journal-swelling-severe = Important
journal-itching = Démangeaisons
journal-itching-none = Aucune
journal-itching-mild = Légères
journal-itching-moderate = Modérées
journal-itching-severe = Intenses
# Followed by a choice of journal-surface-smooth, -flaking, -scabbing.
journal-surface = État de la peau
journal-surface-smooth = Lisse
journal-surface-flaking = Qui pèle
journal-surface-scabbing = Avec des croûtes
# Above a slider from 0 to 10.
journal-pain = Douleur, de 0 (aucune) à 10
journal-discharge = Écoulement (pus : jaune ou vert)
journal-discharge-none = Aucun
journal-discharge-clear = Clair
journal-discharge-pus = Pus
journal-warmth = La zone est chaude au toucher
journal-fever = Fièvre ou frissons
journal-streaks = Traînées rouges qui partent de la zone
journal-check-in-save = Enregistrer le bilan
journal-check-in-update = Mettre à jour le bilan du jour
journal-check-in-saved = Bilan enregistré.
# Under the advice a check-in calls for.
journal-never-diagnoses = L’application donne ces conseils ; elle ne pose jamais de diagnostic.

## Photos.

journal-photos = Photos
journal-photos-hint = Le même angle et la même lumière à chaque fois montrent le mieux la cicatrisation. Le lieu de prise de vue est retiré de la photo avant qu’elle soit conservée.
# The label of the date field: the day a photo shows.
journal-photo-date = Pour le jour
journal-photo-take = Prendre une photo
journal-photo-choose = Choisir une photo
journal-photo-added = Photo ajoutée, sans sa localisation.
journal-photos-none = Aucune photo pour l’instant.
# The two days whose photos are shown side by side.
journal-photo-first = Premier jour
journal-photo-second = Second jour
# A day in the lists of the two days, short to fit a phone. $day: the day since the session.
journal-photo-day-short = Jour { $day }
journal-photo-strip = Toutes les photos, par jour
journal-photo-open = Ouvrir { $photo } en grand
journal-photo-compare = Comparer
journal-photo-side-by-side = Côte à côte
journal-photo-slider = Curseur avant / après
journal-photo-slider-label = Faites glisser pour découvrir { $after } par-dessus { $before }
journal-photo-zoom-in = Zoom avant
journal-photo-zoom-out = Zoom arrière
# A photo's caption. $day: the day since the session; $date: the day, written out.
journal-photo-day = Jour { $day } · { $date }
# The photo's text for screen readers. $photo: its caption (journal-photo-day, or the date alone
# before the first session).
journal-photo-alt = Votre cuir chevelu, { $photo }
# A button under a photo.
journal-photo-delete = Supprimer
# The same button, for screen readers. $photo: the photo's caption.
journal-photo-delete-label = Supprimer la photo « { $photo } »
journal-photo-delete-title = Supprimer cette photo ?
# $photo: the photo's caption (journal-photo-day, or the date alone before the first session).
journal-photo-delete-text = La photo « { $photo } » sera effacée définitivement de cet appareil.
# Confirms deleting the photo.
journal-photo-delete-confirm = Supprimer
journal-photo-deleted = Photo supprimée.
journal-photo-unreadable = Impossible de lire la photo.

## Earlier check-ins.

# $position: where the day stands ("Session 1 · day 3", "2 days before session 1"); $date: the
# day, written out.
journal-history-day = { $position } · { $date }
# After the day. $redness, $swelling: how strong: none, mild, moderate or severe; $pain: 0 to 10.
journal-history-signs =
    Rougeur : { $redness ->
        [mild] légère
        [moderate] modérée
        [severe] intense
       *[none] aucune
    }, gonflement : { $swelling ->
        [mild] léger
        [moderate] modéré
        [severe] important
       *[none] aucun
    }, douleur : { $pain }/10
journal-history-doctor = Consultez un médecin
journal-history-practitioner = Demandez à votre praticien

## Notes.

journal-notes = Notes
# The label of the text field.
journal-note = Une note pour aujourd’hui
journal-note-save = Enregistrer la note
journal-note-empty = Écrivez d’abord quelque chose.
journal-note-saved = Note enregistrée.

## How to reach the studio, under a red flag's advice. $studio: its name.

journal-studio = Votre studio, { $studio }, peut vous aider :
# After a doctor-level flag: the doctor comes first.
journal-studio-after-doctor = Consultez d’abord un médecin, puis prévenez votre studio, { $studio } :
# $phone, $email: as the protocol gives them.
journal-studio-call = Appeler le { $phone }
journal-studio-email = Écrire à { $email }
journal-studio-website = Ouvrir le site web du studio

## Le graphique de cicatrisation : les bilans au fil des jours de cicatrisation. Ses mots sont
## courts : ils se placent à côté de ses lignes sur un téléphone de 360 px.

journal-chart = Votre cicatrisation en un coup d’œil
journal-chart-empty = Vos bilans s’afficheront ici en graphique, jour après jour.
journal-chart-hint = Touchez un jour pour voir son bilan et ses photos. Un numéro marque le jour où quelque chose est de nouveau permis.
journal-chart-label = Un graphique de vos bilans sur { $count ->
        [one] un jour
       *[other] { $count } jours
    } ; le tableau ci-dessous donne les mêmes réponses.
chart-none = Aucune
chart-mild = Légère
chart-moderate = Modérée
chart-severe = Forte
chart-pain = Douleur
chart-day = Jour
chart-today = Auj.
chart-session = S{ $number }
chart-redness = Rougeur
chart-swelling = Gonflement
chart-itching = Démangeaison
chart-flaking = Desquamation, croûtes
chart-skin = Peau
journal-milestone = { $position }, { $date } : { $title }
journal-milestone-pushed = (reporté de { $days ->
        [one] un jour
       *[other] { $days } jours
    })
journal-table = Vos réponses, jour par jour
journal-day-no-check-in = Aucun bilan ce jour-là.
journal-day-no-photos = Aucune photo de ce jour.
journal-day-close = Fermer
