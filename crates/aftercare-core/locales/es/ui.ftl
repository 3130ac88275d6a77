### Review status: draft. Written without a native speaker; needs review by one before release.

## The app's frame (ui/index.html, ui/js/app.js): the tabs, the window's title, the banners above
## every screen, what shows while the app starts or when it fails.

ui-skip = Saltar al contenido
# Shown while the first screen loads.
ui-loading = Cargando tus cuidados…
# The tab bar, for screen readers.
ui-sections = Secciones
# The window's title. $screen: the screen's title (screen-today...).
ui-window-title = { $screen } · SMP Aftercare
# A heading, with the reason (in the client's language) under it.
ui-could-not-start = SMP Aftercare no pudo iniciarse

## A short message at the bottom of the screen when something failed that no screen expected.

# $message: what went wrong, as the app or the system wrote it (it may be in English).
ui-error = Algo salió mal: { $message }
# $file: the address of a file of the app (a script, a style sheet, an image).
ui-error-load = Algo salió mal: no se pudo cargar { $file }
ui-error-load-unnamed = Algo salió mal: no se pudo cargar un archivo
# $address: the address the app's security rules did not let it load.
ui-error-blocked = Algo salió mal: bloqueado por la política de seguridad de contenido: { $address }

## The tabs at the bottom of the screen: short, six share a phone's width.

tab-today = Hoy
tab-timeline = Agenda
tab-journal = Diario
tab-sessions = Sesiones
tab-share = Compartir
tab-settings = Ajustes

## The screens' titles, in the window's title.

screen-welcome = Bienvenida
screen-today = Hoy
screen-timeline = Agenda
screen-journal = Diario
screen-sessions = Sesiones
screen-share = Compartir
screen-artist = Modo artista
screen-settings = Ajustes

## The banner shown when the device is in another time zone than the client's home.

ui-zone-banner = Zona horaria
# $zone: the time zone the device is in now; $home: the client's home zone (both IANA names,
# such as Europe/Paris).
ui-zone-question = Ahora estás en { $zone }. ¿Los recordatorios deben seguir la hora de allí o quedarse en la hora de casa ({ $home })?
# A button. $zone: the time zone the device is in now.
ui-zone-follow = Seguir { $zone }
ui-zone-keep-home = Mantener la hora de casa
# After the client answered.
ui-zone-followed = Los recordatorios siguen la hora del lugar donde estás.
ui-zone-kept = Los recordatorios se quedan en la hora de casa.

## The banner shown when the check of the whole database found damage.

ui-damaged-banner = Datos dañados

## The banner shown when the app may not show notifications.

ui-notifications-banner = Notificaciones
ui-notifications-off = Las notificaciones están desactivadas, así que los recordatorios no pueden llegarte. Actívalas en Ajustes.
ui-open-settings = Abrir Ajustes

## The kinds of reminder, as the client can mute them (settings) or export them (share): a name,
## and what it covers.

category-digest = Pasos de hoy
category-digest-hint = La lista de cada mañana con lo que debes hacer y evitar.
category-milestone = Cambios
category-milestone-hint = Cuando algo vuelve a estar permitido, como lavarte la cabeza.
category-prep = Antes de una sesión
category-prep-hint = Nada de alcohol, cortarte el cabello, dormir bien.
category-sun = Protección solar
category-sun-hint = Cubrirte la cabeza mientras cicatriza, y durante años después.
category-checkin = Seguimiento
category-checkin-hint = Revisiones del color y retoques a lo largo de los años.

## Choosing the aftercare protocol to follow (first run and settings): one the app ships, or the
## client's artist's.

ui-protocol-choice = Protocolo de cuidados
# The protocol the app suggests. $name: its name, as the protocol file writes it.
ui-protocol-recommended = { $name } (recomendado)
ui-protocol-code = Un código o enlace de mi artista
ui-protocol-code-hint = Lo que te dio el código QR o el mensaje de tu profesional.
ui-protocol-file = El archivo de protocolo de mi artista
ui-protocol-file-hint = Un archivo .toml o .json que te dio tu profesional.
# The fields that show for the last two choices.
ui-protocol-file-field = Archivo de protocolo
ui-protocol-code-field = Código o enlace
ui-protocol-code-missing = Pega el código o enlace que te dio tu artista.
ui-protocol-file-missing = Elige el archivo de protocolo que te dio tu artista.
# $file: the name of the file the client chose.
ui-protocol-file-too-large = { $file } es demasiado grande para ser un archivo de protocolo.

## Notifications, explained before the system asks for the permission (first run and settings).

# “Aftercare: today’s steps” is what the lock screen shows (private-digest).
ui-permission-why = Los recordatorios son notificaciones: los pasos del día por la mañana, la noche antes de una sesión y cuando algo vuelve a estar permitido. En la pantalla de bloqueo solo dicen “Cuidados: pasos de hoy”, a menos que elijas mostrar los detalles.
ui-permission-allow = Permitir notificaciones
ui-permission-granted = Las notificaciones están activadas.
ui-permission-denied = Las notificaciones están desactivadas para SMP Aftercare. Actívalas en los ajustes del sistema para recibir tus recordatorios.
ui-permission-prompt = Todavía no se ha pedido el permiso.

## Shared by every screen (ui/js/dom.js).

# The button that closes a confirmation dialog without doing anything.
ui-cancel = Cancelar
