### Review status: draft. Written without a native speaker; needs review by one before release.

## The healing journal: the daily check-in, photos, earlier check-ins, notes.

journal-title = Diario
journal-intro = Cómo cicatriza tu cuero cabelludo, para ti (y para tu artista, solo si lo compartes). Todo se queda en este dispositivo.

## The daily check-in. Each question's answers are its own messages, so that they can agree
## with the sign they describe.

journal-check-in = ¿Cómo está tu cuero cabelludo hoy?
journal-redness = Enrojecimiento
journal-redness-none = Ninguno
journal-redness-mild = Leve
journal-redness-moderate = Moderado
journal-redness-severe = Intenso
journal-spreading = El enrojecimiento se extiende más allá de la zona tratada
journal-swelling = Hinchazón
journal-swelling-none = Ninguna
journal-swelling-mild = Leve
journal-swelling-moderate = Moderada
journal-swelling-severe = Intensa
journal-itching = Picazón
journal-itching-none = Ninguna
journal-itching-mild = Leve
journal-itching-moderate = Moderada
journal-itching-severe = Intensa
# Followed by a choice of journal-surface-smooth, -flaking, -scabbing.
journal-surface = La piel está
journal-surface-smooth = Lisa
journal-surface-flaking = Descamándose
journal-surface-scabbing = Con costras
# Above a slider from 0 to 10.
journal-pain = Dolor, de 0 (nada) a 10
journal-discharge = Secreción (pus: amarilla o verde)
journal-discharge-none = Ninguna
journal-discharge-clear = Transparente
journal-discharge-pus = Pus
journal-warmth = Se nota caliente al tacto
journal-fever = Fiebre o escalofríos
journal-streaks = Líneas rojas que salen de la zona
journal-check-in-save = Guardar registro
journal-check-in-update = Actualizar el registro de hoy
journal-check-in-saved = Registro guardado.
# Under the advice a check-in calls for.
journal-never-diagnoses = La app te da estos consejos, pero nunca hace diagnósticos.

## Photos.

journal-photos = Fotos
journal-photos-hint = Con el mismo ángulo y la misma luz cada vez, se ve mejor cómo cicatriza. Antes de guardar una foto, se elimina el lugar donde se tomó.
# The label of the date field: the day a photo shows.
journal-photo-date = Día de la foto
journal-photo-take = Tomar una foto
journal-photo-choose = Elegir una foto
journal-photo-added = Foto agregada, sin su ubicación.
journal-photos-none = Todavía no hay fotos.
# The two days whose photos are shown side by side.
journal-photo-first = Primer día
journal-photo-second = Segundo día
# A day in the lists of the two days, short to fit a phone. $day: the day since the session.
journal-photo-day-short = Día { $day }
journal-photo-strip = Todas las fotos, por día
journal-photo-open = Abrir { $photo } a tamaño completo
journal-photo-compare = Comparar
journal-photo-side-by-side = Una al lado de la otra
journal-photo-slider = Deslizador de antes y después
journal-photo-slider-label = Desliza para descubrir { $after } sobre { $before }
journal-photo-zoom-in = Acercar
journal-photo-zoom-out = Alejar
# A photo's caption. $day: the day since the session; $date: the day, written out.
journal-photo-day = Día { $day } · { $date }
# The photo's text for screen readers. $photo: its caption (journal-photo-day, or the date alone
# before the first session).
journal-photo-alt = Tu cuero cabelludo, { $photo }
# A button under a photo.
journal-photo-delete = Eliminar
# The same button, for screen readers. $photo: the photo's caption.
journal-photo-delete-label = Eliminar la foto: { $photo }
journal-photo-delete-title = ¿Eliminar esta foto?
# $photo: the photo's caption (journal-photo-day, or the date alone before the first session).
journal-photo-delete-text = La foto ({ $photo }) se borrará de este dispositivo para siempre.
# Confirms deleting the photo.
journal-photo-delete-confirm = Eliminar
journal-photo-deleted = Foto eliminada.
journal-photo-unreadable = No se pudo leer la foto.

## Earlier check-ins.

# $position: where the day stands ("Session 1 · day 3", "2 days before session 1"); $date: the
# day, written out.
journal-history-day = { $position } · { $date }
# After the day. $redness, $swelling: how strong: none, mild, moderate or severe; $pain: 0 to 10.
journal-history-signs =
    { $redness ->
        [mild] Enrojecimiento leve
        [moderate] Enrojecimiento moderado
        [severe] Enrojecimiento intenso
       *[none] Sin enrojecimiento
    }, { $swelling ->
        [mild] hinchazón leve
        [moderate] hinchazón moderada
        [severe] hinchazón intensa
       *[none] sin hinchazón
    }, dolor { $pain }/10
journal-history-doctor = Consulta a un médico
journal-history-practitioner = Consulta a tu profesional

## Notes.

journal-notes = Notas
# The label of the text field.
journal-note = Una nota para hoy
journal-note-save = Guardar nota
journal-note-empty = Primero escribe algo.
journal-note-saved = Nota guardada.

## How to reach the studio, under a red flag's advice. $studio: its name.

journal-studio = Tu estudio, { $studio }, puede ayudarte:
# After a doctor-level flag: the doctor comes first.
journal-studio-after-doctor = Primero consulta a un médico; después, avisa a tu estudio, { $studio }:
# $phone, $email: as the protocol gives them.
journal-studio-call = Llamar al { $phone }
journal-studio-email = Escribir a { $email }
journal-studio-website = Abrir el sitio web del estudio

## El gráfico de cicatrización: los controles a lo largo de los días de cicatrización. Las palabras
## del gráfico son cortas: van junto a sus líneas en un teléfono de 360 px.

journal-chart = Tu cicatrización de un vistazo
journal-chart-empty = Tus controles aparecerán aquí en un gráfico, día a día.
journal-chart-hint = Toca un día para ver su control y sus fotos. Un número marca el día en que algo vuelve a estar permitido.
journal-chart-label = Un gráfico de tus controles en { $count ->
        [one] un día
       *[other] { $count } días
    }; la tabla de abajo da las mismas respuestas.
chart-none = Nada
chart-mild = Leve
chart-moderate = Moderado
chart-severe = Fuerte
chart-pain = Dolor
chart-day = Día
chart-today = Hoy
chart-session = S{ $number }
chart-redness = Rojez
chart-swelling = Hinchazón
chart-itching = Picor
chart-flaking = Descamación, costras
chart-skin = Piel
journal-milestone = { $position }, { $date }: { $title }
journal-milestone-pushed = (aplazado { $days ->
        [one] un día
       *[other] { $days } días
    })
journal-table = Tus respuestas, día a día
journal-day-no-check-in = Ningún control este día.
journal-day-no-photos = Ninguna foto de este día.
journal-day-close = Cerrar
