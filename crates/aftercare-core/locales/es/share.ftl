### Review status: draft. Written without a native speaker; needs review by one before release.

## The Share screen: an artist's protocol by code or link, the reminders as a calendar file, a
## progress summary for the artist, and the way into artist mode. Nothing leaves the device
## unless the client saves or shares it there.

share-title = Compartir
share-intro = Nada sale de este dispositivo a menos que lo guardes o lo compartas aquí.

## An artist's protocol, pasted as a code or a link, looked at before anything changes.

share-protocol-title = El protocolo de tu artista
share-protocol-intro = Cada clínica indica días distintos. Sigue los de tu artista: pega el código o enlace que te dio, mira qué cambia y luego decide.
share-code-label = Código o enlace
share-code-missing = Pega el código o enlace que te dio tu artista.
share-preview = Ver qué cambia
# The protocol offered, as a heading. $name: its name; $version: its version, as its author
# wrote it (1.2, 2026-spring).
share-protocol-name = { $name } ({ $version })
# Who gives the protocol. $studio: the studio's or artist's name.
share-from = De { $studio }
# $studio: the studio's or artist's name; $contact: a phone number, e-mail or street address.
share-from-contact = De { $studio } · { $contact }
share-no-change = Este es el protocolo que ya sigues: no cambiaría nada.
# Above the list of differences. $count: how many, 1 or more.
share-changes =
    { $count ->
        [one] { $count } cambio respecto a lo que sigues ahora:
       *[other] { $count } cambios respecto a lo que sigues ahora:
    }
# Between what the protocol followed says and what the one offered would say, with a space on
# each side: point it the way the language reads.
share-change-arrow = →
share-nothing-yet = No cambia nada hasta que decidas seguirlo. Tus sesiones y lo que marcaste se quedan como están.
share-follow = Seguir este protocolo
# $name: the protocol's name.
share-following = Ahora sigues { $name }; tus recordatorios se ajustan a sus días.

## The reminders as a calendar file. The buttons say Save on a computer, Share on a phone.

share-calendar-title = Calendario
share-calendar-intro = Tus recordatorios y próximas sesiones en un archivo de calendario (.ics) para cualquier app de calendario, cada uno con una alerta. Si importas un archivo más reciente, los eventos se actualizan, no se duplican.
share-calendar-kinds = Qué recordatorios
share-calendar-from = Desde (opcional)
share-calendar-to = Hasta (opcional)
share-calendar-save = Guardar el archivo de calendario
share-calendar-share = Compartir el archivo de calendario
share-calendar-no-kind = Elige al menos un tipo de recordatorio.
share-calendar-backwards = El primer día es posterior al último.

## The progress report for the artist, and the same as text (both come from the engine).

share-summary-title = Tu evolución, para tu artista
share-summary-intro = Tus sesiones, cuántos días seguiste los cuidados, los pasos omitidos y el gráfico de tus controles, en una página que tu artista abre en cualquier navegador. Las notas y fotos del diario solo se incluyen si las marcas.
share-summary-notes = Notas del diario que quieres incluir
share-summary-no-notes = Todavía no hay notas en el diario.
share-summary-photos = Fotos que quieres incluir
share-summary-no-photos = Todavía no hay fotos.
# What a screen reader calls the preview of the report.
share-report-label = El informe, tal como lo verá tu artista
share-report-save = Guardar el informe
share-report-share = Compartir el informe
share-summary-save = Guardar como texto
share-summary-share = Compartir como texto

## The way into artist mode.

share-artist-title = ¿Eres artista de SMP?
share-artist-intro = Escribe tus propios días y textos de cuidados, a partir del protocolo predeterminado, y dáselos a tus clientes como código QR, enlace o archivo.
share-artist-open = Abrir el modo artista

## Artist mode: an artist's own protocol, made from one the app ships or the one followed, then
## handed to clients as a QR code, a link, a code or a file.

artist-title = Modo artista
artist-intro = Define los días y los textos de tus propios cuidados. Tus clientes escanean el código QR, o abren el enlace, y ven qué cambia antes de seguirlo.
# Links back to where artist mode was opened from.
artist-back-share = ← Volver a Compartir
artist-back-welcome = ← Volver a los primeros pasos
# The protocol the artist starts from.
artist-base = Partir de
artist-base-seed = El predeterminado
artist-base-strict = El ejemplo más estricto
artist-base-current = El que sigo
# What a screen reader calls the form.
artist-form-label = Tu protocolo

## Who gives the protocol.

artist-studio-legend = Tu estudio
artist-studio = Nombre del estudio o del artista
artist-studio-hint = Se muestra a tus clientes junto con el protocolo.
artist-contact = Dirección u horario de atención (opcional)
artist-contact-hint = Se muestra como texto.
# Ways to reach the studio that the client's phone opens: the dialler, the mail app, the browser.
artist-phone = Teléfono (opcional)
artist-email = Correo electrónico (opcional)
artist-website = Sitio web (opcional)
artist-social = Usuario de redes sociales (opcional)
artist-name = Nombre del protocolo
artist-version = Versión

## Each rule's days and texts.

artist-rules-title = Días y textos
artist-rules-hint = El día 0 es el día de una sesión; los días negativos son anteriores a ella.
# Under each rule's title: what it asks, and the session its days count from. $kind: avoid
# (something to avoid for a while), allowed (something allowed again) or do (something to do);
# $from: each (each session), first (the first session), final (the final session) or treatment
# (the whole treatment).
artist-rule-kind =
    { $kind ->
        [avoid] Evitar
        [allowed] Permitido de nuevo
       *[do] Hacer
    }, { $from ->
        [first] contando desde la primera sesión
        [final] contando desde la última sesión
        [treatment] a lo largo de todo el tratamiento
       *[each] contando desde cada sesión
    }
artist-from-day = Desde el día
artist-to-day = Hasta el día
artist-rule-title = Título
artist-rule-text = Texto
# $rule: the rule's title.
artist-first-day-whole = { $rule }: el primer día debe ser un número entero.
# $rule: the rule's title.
artist-last-day-whole = { $rule }: el último día debe ser un número entero.
artist-make = Crear el código QR y el enlace

## The protocol, ready to give.

artist-give-title = Dáselo a tus clientes
artist-give-intro = Lo escanean con la cámara del teléfono, o abren el enlace, y SMP Aftercare les muestra qué cambia antes de seguirlo.
artist-qr-alt = Código QR del enlace a tu protocolo
artist-link = Enlace
artist-code = Código, para pegar en la pantalla Compartir de la app
# The button says Save on a computer, Share on a phone.
artist-save-file = Guardar como archivo de protocolo
artist-share-file = Compartir como archivo de protocolo

## What an artist's protocol would change, listed before the client follows it
## (`protocol import` on the command line too). Each difference: what, before, after.

compare-name = Nombre
compare-version = Versión
compare-studio = Estudio
compare-description = Descripción
compare-min-days = Días mínimos entre sesiones
# $category: one of the compare-category-* words.
compare-grace = Retraso máximo de un recordatorio de { $category }
# $rule: the rule's title.
compare-new = Nueva regla: { $rule }
compare-dropped = Regla eliminada: { $rule }
# A rule's field that changed. $rule: the rule's title; $field: one of the compare-field-* names.
compare-rule-field = { $rule }: { $field }
compare-field-title = título
compare-field-days = días
compare-field-from = cuenta desde
compare-field-kind = qué pide
compare-field-category = tipo de recordatorio
compare-field-at = recordatorio
compare-field-every = se repite
compare-field-lifts = pone fin a
compare-field-body = texto
compare-field-source = fuente
# A rule in one line. $kind: a compare-kind-* word; $window: its days; $anchor: a compare-anchor-*
# phrase; $body: the rule's text.
compare-summary = { $kind }, { $window } de { $anchor }: { $body }
compare-window = desde { $start } hasta { $end }
compare-day = el día { $day }
compare-days-before =
    { $days ->
        [one] el día antes
       *[other] { $days } días antes
    }
compare-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
# How often a rule repeats; 0: it does not.
compare-every =
    { $days ->
        [0] no
        [one] todos los días
       *[other] cada { $days } días
    }
compare-at-digest = en la lista de la mañana
compare-at-morning = a la hora del recordatorio de la mañana
# $time: a time of day.
compare-at-time = a las { $time }
compare-at-uv = poco antes de que el índice UV llegue a 3
compare-anchor-each = cada sesión
compare-anchor-first = la primera sesión
compare-anchor-final = la última sesión
compare-anchor-treatment = todo el tratamiento
compare-kind-avoid = evitar
compare-kind-allowed = permitido de nuevo
compare-kind-do = hacer
compare-category-milestone = cambio
compare-category-digest = resumen diario
compare-category-prep = preparación
compare-category-sun = sol
compare-category-checkin = seguimiento

## The calendar file. $number: the session's number; $time: when it starts; $zone: its time zone.

ics-calendar = Cuidados post-SMP
ics-session = Sesión SMP { $number }
ics-session-description = Micropigmentación capilar, sesión { $number }, a las { $time } (zona horaria { $zone }).
ics-session-alarm = Sesión SMP { $number } dentro de dos horas
