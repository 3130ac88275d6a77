### Review status: draft. Written without a native speaker; needs review by one before release.

## The Settings screen: the language, when reminders come, which kinds, whose clock they follow,
## what the lock screen shows, notifications, the protocol, backups, deleting everything.

settings-title = Ajustes

## The settings form: the language, then the reminders.

settings-reminders-title = Recordatorios
settings-language = Idioma
# The first choice of language, before the languages the app has (each named in itself).
settings-language-system = Idioma del sistema
settings-language-hint = Las fechas y las horas siguen las convenciones del idioma.
settings-reminder-time = Hora del recordatorio de la mañana
settings-reminder-time-missing = Elige la hora del recordatorio de la mañana.
settings-quiet = Horas de silencio
# When quiet hours begin, and when they end.
settings-quiet-from = Desde
settings-quiet-to = Hasta
settings-quiet-hint = Un recordatorio que toque durante las horas de silencio espera a que terminen; no se pierde ninguno.
settings-quiet-invalid = Para las horas de silencio, elige dos horas distintas o desactívalas.
# Above the kinds of reminder, each of which can be turned off.
settings-kinds = Tipos de recordatorio
settings-zone = Zona horaria
settings-policy-follow = Seguir la hora de donde estoy
# $time: an example time of day, 9 in the morning, written as the client's conventions do.
settings-policy-follow-hint = Cuando viajas, un recordatorio de las { $time } sigue llegando a las { $time }, hora local.
settings-policy-home = Mantener la hora de casa
settings-policy-home-hint = Los recordatorios siguen el reloj de tu zona horaria de casa, estés donde estés.
settings-home-zone = Zona horaria de casa
settings-details = Mostrar el contenido de los recordatorios en la pantalla de bloqueo
# Quotes what the lock screen shows instead (the message private-digest).
settings-details-hint = Desactivado: la pantalla de bloqueo solo muestra “{ private-digest }”; los detalles están en la app.
settings-save = Guardar ajustes
settings-saved = Ajustes guardados; los recordatorios ya los siguen.

## Where the sun is estimated for: the main city of the time zone, a city from the list, or
## coordinates; and the elevation.

settings-sun-legend = Dónde estás, para el sol
settings-place = Lugar
settings-place-hint = Los recordatorios de sol siguen el índice UV de ese lugar. La app nunca te pide tu ubicación.
settings-place-zone = La ciudad principal de mi zona horaria
# $city: the main city of the time zone reminders follow (Lisbon).
settings-place-zone-city = La ciudad principal de mi zona horaria ({ $city })
settings-place-city = Una ciudad de la lista
settings-place-coordinates = Coordenadas
settings-city = Ciudad
# An example in the city field; any well-known city of the language's countries.
settings-city-placeholder = p. ej., Buenos Aires
settings-city-hint = Empieza a escribir; la lista incluye la ciudad principal de cada zona horaria.
settings-city-unknown = Elige una ciudad de la lista o escribe unas coordenadas.
# Labels of the coordinates: north and east are positive, south and west negative.
settings-latitude = Latitud (norte +)
settings-longitude = Longitud (este +)
# $latitude, $longitude: example coordinates (London's), numbers with decimals.
settings-coordinates-missing = Escribe la latitud y la longitud, p. ej., { $latitude } y { $longitude }.
settings-elevation = Altitud en metros
settings-elevation-hint = El índice UV sube alrededor de un 6 % por cada kilómetro.

## Notifications: on Android, exact times; on a computer, the tray and starting at login.

settings-notifications-title = Notificaciones
settings-exact-allowed = Los recordatorios llegan al minuto: Android permite que SMP Aftercare programe alarmas exactas.
# “Alarms & reminders” is the name of Android's system setting, as Android calls it in the language.
settings-exact-held = Android puede retrasar un recordatorio hasta una hora para ahorrar batería, así que las horas que ves aquí son aproximadas. Permite “Alarmas y recordatorios” para SMP Aftercare y llegarán al minuto.
settings-exact-allow = Permitir horas exactas
# “Quit” is the item of the tray icon’s menu: write it as the tray menu does.
settings-desktop = En una computadora, los recordatorios llegan mientras SMP Aftercare está abierto. Si cierras su ventana, sigue funcionando en la bandeja del sistema; elige “Salir” ahí para cerrarlo del todo. Lo que tocaba mientras estaba cerrado se muestra al abrirlo, si todavía es útil.
settings-autostart = Abrir SMP Aftercare en la bandeja al iniciar sesión
settings-autostart-on = SMP Aftercare se abrirá en la bandeja cuando inicies sesión.
settings-autostart-off = SMP Aftercare ya no se abrirá al iniciar sesión.

## The protocol followed, and choosing another.

settings-protocol-title = Protocolo de cuidados
# The protocol followed, one the app ships; its name is shown in bold. $name: its name;
# $version: its version, as its author wrote it.
settings-following = Sigues el protocolo { $name } (versión { $version }).
# The protocol followed, from a code without a studio's name. $name, $version as above.
settings-following-shared = Sigues el protocolo { $name } (versión { $version }, de un código compartido).
# The protocol followed, from an artist. $name, $version as above; $origin: the studio's name,
# or the name of the file it came in.
settings-following-from = Sigues el protocolo { $name } (versión { $version }, de { $origin }).
settings-protocol-follow = Seguir este protocolo
settings-protocol-changed = Protocolo cambiado; tus recordatorios ya lo siguen.

## Backups: one file with everything, saved and restored.

settings-backup-title = Copia de seguridad
settings-backup-intro = Tus datos solo están en este dispositivo. Una copia de seguridad es un único archivo con tus sesiones, ajustes, protocolo, recordatorios y diario.
settings-backup-save = Guardar una copia de seguridad
settings-backup-file = Archivo de copia de seguridad
settings-backup-restore = Restaurar la copia de seguridad
settings-backup-no-file = Primero elige un archivo de copia de seguridad.
settings-restore-title = ¿Restaurar esta copia de seguridad?
settings-restore-message = Todo lo que hay en la app se reemplaza por la copia de seguridad. Si la copia está dañada, no cambia nada.
# The button that confirms.
settings-restore-confirm = Restaurar
settings-backup-restored = Copia de seguridad restaurada.

## Deleting everything.

settings-delete-heading = Eliminar todos los datos
settings-delete = Eliminar todos los datos
settings-delete-title = ¿Eliminar todos tus datos?
settings-delete-message = Tus sesiones, ajustes, protocolo elegido, recordatorios y diario se eliminan de este dispositivo, y se cancelan las notificaciones pendientes. No se puede deshacer; guarda antes una copia de seguridad por si quieres recuperarlos.
# The button that confirms.
settings-delete-confirm = Eliminar todo
settings-deleted = Se eliminó todo.

## The medical notice, below.

settings-about-title = Sobre tus cuidados
