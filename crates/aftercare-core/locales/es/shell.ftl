### Review status: draft. Written without a native speaker; needs review by one before release.

## The app around the screens: files handed to the client, the desktop's tray, Android's
## notification channels (listed in the system's settings for the app).

# A file written for the client on a computer. $path: where it is.
file-saved = Guardado en { $path }
file-shared = Compartido
# iOS: the client closed the share sheet without sharing.
file-not-shared = No se compartió nada
# Android cannot tell whether the client shared the file or closed the sheet.
file-to-share-sheet = Enviado al menú para compartir

tray-open = Abrir SMP Aftercare
tray-quit = Salir (se detienen los recordatorios)

channel-digest = Pasos de hoy
channel-digest-about = Un resumen cada mañana de lo que debes hacer y evitar ese día.
channel-milestone = Cambios
channel-milestone-about = Cuando algo vuelve a estar permitido, como lavarte la cabeza.
channel-prep = Antes de una sesión
channel-prep-about = Prepararte: nada de alcohol, cortarte el cabello, dormir bien.
channel-sun = Protección solar
channel-sun-about = Cubrirte la cabeza y proteger tu cuero cabelludo durante años.
channel-checkin = Seguimiento
channel-checkin-about = Revisiones del color y retoques, a lo largo de los años.
