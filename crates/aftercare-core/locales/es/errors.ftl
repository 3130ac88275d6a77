### Review status: draft. Written without a native speaker; needs review by one before release.

## What went wrong, in words a person can act on: each message names the value at fault and
## says what to do. Values the client typed ($value, $key, $tag) are shown as typed.

## The engine: what the client typed or imported.

error-date-time = `{ $value }` no es una fecha y hora: se esperaba YYYY-MM-DDTHH:MM, p. ej., 2026-03-05T10:00
error-date = `{ $value }` no es una fecha: se esperaba YYYY-MM-DD, p. ej., 2026-03-08
error-time = `{ $value }` no es una hora del día: se esperaba HH:MM, p. ej., 09:00
error-quiet-hours = `{ $value }` no es un intervalo de horas de silencio: se esperaba HH:MM-HH:MM con dos horas distintas, p. ej., 22:00-08:00
error-zone = `{ $value }` no es una zona horaria IANA conocida: usa un nombre como Europe/London o America/New_York
# $date: as typed; $first, $last: years.
error-date-out-of-range = { $date } está fuera de los años admitidos ({ $first }-{ $last })
error-latitude = `{ $value }` no es una latitud: usa grados de -90 (sur) a 90 (norte)
error-longitude = `{ $value }` no es una longitud: usa grados de -180 (oeste) a 180 (este)
error-elevation = `{ $value }` no es una altitud: usa metros sobre el nivel del mar, de -500 a 9000
error-ozone = `{ $value }` no es una columna de ozono: usa unidades Dobson de 50 a 700 (lo habitual es 300)
# The category names are the command line's words: keep them in English.
error-category = `{ $value }` no es una categoría de recordatorio: usa milestone, digest, prep, sun o checkin
error-language = `{ $value }` no es un idioma disponible en la app: usa en, es, fr, pt-BR o tr, y si quieres, una región para sus convenciones de fecha y hora (en-GB, fr-CA)
# The snooze words are the command line's: keep them in English.
error-snooze = `{ $value }` no sirve para posponer: usa hour, evening, tomorrow o una duración como 30m, 1h o 1d
error-evening-passed = ya es de noche: pospón una hora o hasta mañana por la mañana
error-no-sessions = un tratamiento necesita al menos una sesión
error-too-many-sessions = un tratamiento admite como máximo { $max } sesiones, no { $count }
# $earlier, $later: session numbers; $earlier_start, $later_start: their dates and times.
error-sessions-out-of-order = la sesión { $later } ({ $later_start }) no es posterior a la sesión { $earlier } ({ $earlier_start }): escribe las sesiones en orden
# $days: days between the two sessions; $min: the protocol's minimum; $protocol: its id.
error-sessions-too-close =
    entre las sesiones { $earlier } y { $later } solo hay { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; el protocolo `{ $protocol }` exige al menos { $min ->
        [one] { $min } día
       *[other] { $min } días
    }
error-pain = el dolor { $value } está fuera de la escala: puntúalo de 0 (nada) a 10 (el peor imaginable)
error-unknown-rule = el protocolo no tiene ninguna regla `{ $key }`
error-not-postponable = `{ $key }` no se puede posponer: solo puede esperar lo que evitas mientras cicatrizas o lo que vuelve a estar permitido después
error-postponed-too-long = `{ $key }` ya se pospuso { $max } días en esta sesión: consulta a tu profesional antes de esperar más
# $problems: each problem, separated by semicolons.
error-invalid-protocol = protocolo no válido: { $problems }
# $reason: one of the share-code-* messages.
error-share-code = esto no es un código para compartir un protocolo: { $reason }; no se importó nada
share-code-no-prefix = no empieza por SMPA seguido de un número de formato
share-code-unknown-format = su número de formato no corresponde a ninguno que SMP Aftercare haya usado
share-code-damaged = está dañado o incompleto: copia el código entero
share-code-not-text = no contiene texto
error-newer-share-code = este código para compartir viene de una versión más reciente de SMP Aftercare (formato { $format }): actualiza la app para importarlo
error-import-too-large = supera los { $kib } KiB que puede ocupar un protocolo; no se leyó nada
error-too-large-for-qr = { $bytes } caracteres son demasiados para un solo código QR (máximo { $max }): comparte el enlace o el archivo
# $kind: the file's format (GIF, WebP, HEIC…), or "none" when it cannot be told.
error-photo-kind =
    { $kind ->
        [none] solo se pueden agregar fotos JPEG y PNG; no se guardó nada
       *[other] esta es una imagen { $kind }, y solo se pueden agregar fotos JPEG y PNG; no se guardó nada
    }
# $why: what the file breaks, in the terms of its format.
error-photo-damaged = no se puede leer esta foto: { $why }; no se guardó nada
error-photo-too-large = esta foto supera los { $mib } MiB que puede ocupar una foto; no se guardó nada

## A protocol file's problems, as `protocol check` and the import list them. $field: a field of
## the file (name, days, title…), which stays as written in the file.

problem-line-field = línea { $line }, { $field }: { $message }
problem-line = línea { $line }: { $message }
problem-field = { $field }: { $message }
problem-in = { $field }
problem-in-rule = regla `{ $key }`, { $field }
problem-in-rule-number = regla n.º { $number }, { $field }
# $tag: the translation's language tag; $message: what is wrong with it.
problem-in-translation = { $tag }: { $message }
# $detail: the file reader's own words.
problem-syntax = { $detail }
# $found: the file's format number; $reads: the one this app reads.
problem-format-newer = el formato { $found } es más reciente de lo que esta app entiende ({ $reads }); actualiza la app
problem-format-unknown = el formato { $found } no es compatible; esta app lee el formato { $reads }
problem-format-missing = falta el campo `format` (esta app lee el formato { $reads })
problem-grace = como máximo { $max } horas (30 días)
problem-no-rules = un protocolo necesita al menos una regla
problem-too-many-rules = { $count } reglas; se permiten como máximo { $max }
problem-key-taken = `{ $key }` ya lo usa una regla anterior; las claves deben ser únicas
problem-uv-not-sun = "uv" sigue al sol: solo una regla `sun` puede usarlo
problem-translation-own-language = el protocolo ya está escrito en este idioma
problem-lifts-not-allowed = solo una regla `allowed` puede levantar otra
problem-lifts-unknown = `{ $key }` no es la clave de ninguna regla de este protocolo
problem-lifts-not-avoid = `{ $key }` no es una regla `avoid`
# $from: the day the rule allows from; $until: the last day of the rule it lifts.
problem-lifts-overlap = permitido desde el día { $from }, pero `{ $key }` sigue vigente hasta el día { $until }
problem-day-out-of-range = el día { $day } está fuera de rango: los días van de { $first } a { $last }
problem-window-backwards = el intervalo termina el día { $end }, antes de empezar el día { $start }
problem-occurrences = { $count } repeticiones; como máximo { $max } (usa un `every` más largo)
problem-language-tag = `{ $tag }` no es una etiqueta de idioma como en, es o pt-BR
problem-key = `{ $key }` no es una clave: usa de 1 a { $max } letras minúsculas, cifras y guiones
problem-empty = no puede estar vacío
problem-too-long = { $count } caracteres; como máximo { $max }
problem-control-character = contiene un carácter de control
problem-out-of-range = { $value } está fuera de rango: de { $first } a { $last }

## The database. $path: the file; $detail: SQLite's or the system's own words.

error-newer-database = { $path } lo escribió una versión más reciente de SMP Aftercare (esquema { $found }; esta lee hasta el { $supported }); actualiza la app. El archivo no se modificó.
error-not-a-database = { $path } no es una base de datos de SMP Aftercare (no es SQLite); no se modificó
error-corrupt = { $path } está dañado ({ $detail }); no se modificó: restaura una copia de seguridad
error-cannot-open = no se puede abrir { $path }: { $detail }
error-read-only = { $path } es de solo lectura: no se cambió nada
error-disk-full = el disco donde está { $path } está lleno: no se cambió nada
error-disk-failed = falló el disco donde está { $path } ({ $detail }): no se cambió nada
# $number: the session asked for; $count: how many there are.
error-no-such-session = no existe la sesión { $number }; hay { $count }
error-no-such-reminder = ningún recordatorio tiene la clave `{ $key }`
error-no-such-note = no existe la nota del diario { $id }
error-still-in-log = se eliminó, pero otro programa que lee { $path } (como `aftercare remind`) todavía conserva una copia anterior en el registro de transacciones de la base de datos: ciérralo y vuelve a eliminar para borrarla del todo
error-no-such-photo = no existe la foto { $id }
error-note-too-long = la nota tiene { $count } caracteres; caben como máximo { $max }
error-file = `{ $path }`: { $detail }
# $detail: what is wrong with the file, in the terms of its format.
error-invalid-backup = no es una copia de seguridad utilizable: { $detail }; no se cambió nada
error-database = error inesperado de la base de datos: { $detail }
error-migration = falló la migración de la base de datos: { $detail }

## Notifications and the device. $detail: the system's own words.

error-notifier = el servicio de notificaciones rechazó la solicitud: { $detail }
error-platform = el dispositivo rechazó la solicitud: { $detail }
error-photo-incomplete = la foto no llegó completa ({ $detail }); no se guardó nada
error-exact-alarms-desktop = las alarmas exactas son un ajuste de Android; en la computadora, el temporizador siempre es puntual
error-exact-alarms-ios = iOS no tiene un ajuste de alarmas exactas
error-window-closed = la ventana de la app está cerrada
error-autostart-phone = en los teléfonos, el sistema abre las apps por su cuenta
# $id: the id asked for.
problem-not-bundled = `{ $id }` no es uno de los protocolos incluidos en la app
# A studio's contact details. $value: as written in the protocol.
problem-phone = `{ $value }` no es un número de teléfono: usa cifras, con espacios, guiones o paréntesis, y el + solo al principio
problem-email = `{ $value }` no es una dirección de correo electrónico como studio@example.com
problem-website = `{ $value }` no es la dirección de un sitio web: debe empezar por https://
problem-handle = `{ $value }` no es un nombre de usuario de redes sociales como @inkstudio
error-no-contact = el protocolo que sigues no incluye esa forma de contactar con su estudio

## What is wrong with a photo's file, inside error-photo-damaged ($why). The format's own names
## (JPEG, PNG, IHDR, IDAT, IEND) stay as they are.

photo-empty = el archivo está vacío
photo-cut-short = el archivo está incompleto: termina antes que la imagen
photo-jpeg-stray-marker = tiene un marcador JPEG donde no corresponde ninguno
photo-jpeg-segment-length = un segmento JPEG tiene una longitud imposible
photo-jpeg-segment-past-end = un segmento JPEG se extiende más allá del final del archivo
photo-jpeg-data-before-frame = sus datos de imagen aparecen antes del encabezado de cuadro
photo-no-image-data = no tiene datos de imagen
photo-jpeg-stray-bytes = tiene bytes entre segmentos JPEG que no pertenecen a ninguno
photo-jpeg-frame-short = su encabezado de cuadro JPEG es demasiado corto
photo-jpeg-frame-no-size = su encabezado de cuadro JPEG no indica ningún tamaño
photo-png-signature = su firma PNG está dañada (¿se copió como texto?)
photo-png-no-header = no empieza por un encabezado PNG (IHDR)
photo-png-second-header = tiene un segundo encabezado PNG (IHDR)
photo-png-no-data = no tiene datos de imagen (IDAT)
photo-png-cut-short = el archivo está incompleto: termina antes del último bloque PNG (IEND)
photo-png-chunk-length = un bloque PNG tiene una longitud imposible
photo-png-chunk-past-end = un bloque PNG se extiende más allá del final del archivo
photo-png-chunk-name = un bloque PNG tiene un nombre que no es de cuatro letras
# $chunk: the chunk's four-letter name.
photo-png-checksum = la suma de comprobación de su bloque PNG `{ $chunk }` no coincide
photo-png-header-size = su encabezado PNG (IHDR) tiene un tamaño incorrecto
photo-png-header-no-size = su encabezado PNG (IHDR) no indica ningún tamaño
