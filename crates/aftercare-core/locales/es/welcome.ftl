### Review status: draft. Written without a native speaker; needs review by one before release.

## The first run (ui/js/views/welcome.js): the first session and any planned after it, when
## reminders may come, the protocol to follow, and notifications.

welcome-title = Tus cuidados post-SMP, día a día
welcome-intro = Indica las fechas de tus sesiones y SMP Aftercare te recordará, el día y a la hora correctos, qué evitar, qué vuelve a estar permitido, cómo prepararte para la próxima sesión y cómo proteger tu cuero cabelludo durante los años siguientes. Todo se queda en este dispositivo.
# Before a link to artist mode (welcome-artist-link), in the same line. It ends with a space,
# written { " " } (Fluent drops a plain one at the end): leave it out in a language that writes
# none between two sentences.
welcome-artist = ¿Eres artista de SMP?{ " " }
welcome-artist-link = Crea tu propio protocolo de cuidados

## The sessions.

welcome-first-session = Tu primera sesión
welcome-zone = Zona horaria de la sesión
welcome-zone-hint = Detectada en este dispositivo. El día 0 es la fecha de la sesión en esa zona horaria.
welcome-more-sessions = Más sesiones previstas
welcome-more-sessions-hint = El SMP suele requerir de 2 a 4 sesiones. Agrega las que ya tienes programadas; puedes agregarlas o moverlas más adelante.
welcome-add-session = Agregar una sesión prevista
# The fields of each session.
welcome-date = Fecha
welcome-time = Hora
# A button that takes a planned session off the list.
welcome-remove = Quitar
# The same button, for screen readers. $number: the session's number (2 for the first planned one).
welcome-remove-session = Quitar la sesión { $number }

## When reminders may come.

welcome-reminders = Recordatorios
welcome-reminder-time = Hora del recordatorio de la mañana
welcome-reminder-time-hint = Una notificación al día con lo que debes hacer y evitar.
# A checkbox, followed by two time fields: welcome-quiet-from and welcome-quiet-to.
welcome-quiet = Horas de silencio: sin notificaciones en este horario
welcome-quiet-from = Desde
welcome-quiet-to = Hasta

## The protocol and notifications (what they offer is in ui.ftl).

welcome-protocol = Protocolo de cuidados
welcome-notifications = Notificaciones

## Starting.

welcome-start = Empezar mis cuidados
welcome-session-incomplete = Cada sesión necesita una fecha y una hora.
welcome-zone-missing = Elige la zona horaria de tus sesiones.
welcome-quiet-invalid = Para las horas de silencio, elige dos horas distintas o desactívalas.
welcome-done = Tus cuidados están configurados. Los recordatorios se ajustarán a ellos.
