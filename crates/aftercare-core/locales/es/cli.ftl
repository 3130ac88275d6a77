### Review status: draft. Written without a native speaker; needs review by one before release.

## The command line's output for clients: `aftercare plan` and `aftercare today`.

# The first line of `plan`. $protocol, $version: the protocol's name and version; $zone: the time
# zone; $time: the reminder time.
cli-plan-heading = { $protocol } { $version } · horas en { $zone } · recordatorios a las { $time }
# Added to the first line when there are quiet hours. $quiet: the window, 22:00-08:00.
cli-plan-quiet = · horas de silencio { $quiet }
# The table's column headings, in capitals.
cli-plan-when = CUÁNDO
cli-plan-session = SESIÓN
cli-plan-day = DÍA
cli-plan-category = CATEGORÍA
cli-plan-reminder = RECORDATORIO
# Why a reminder is not at its usual time.
cli-shift-quiet-hours = después de las horas de silencio
cli-shift-dst-gap = el reloj se adelantó
cli-shift-before-session = una hora antes de la sesión
# The last line of `plan`. $count: how many reminders; $counts: how many of each kind.
cli-plan-total =
    { $count ->
        [one] { $count } recordatorio: { $counts }
       *[other] { $count } recordatorios: { $counts }
    }
# One kind's count in the last line. $count: how many.
cli-count-milestone =
    { $count ->
        [one] { $count } cambio
       *[other] { $count } cambios
    }
cli-count-digest =
    { $count ->
        [one] { $count } resumen
       *[other] { $count } resúmenes
    }
cli-count-prep = { $count } de preparación
cli-count-sun = { $count } de sol
cli-count-checkin = { $count } de seguimiento

# `today`'s first line. $date: the day, written out; $position: where it stands, such as
# "Session 1 · day 3".
cli-day-heading = { $date } · { $position }
cli-today-allowed-today = Permitido de nuevo desde hoy
cli-today-avoid = Evitar
cli-today-do = Hacer
cli-today-allowed = Permitido de nuevo
# A step. $step: its title.
cli-today-new = { $step } (nuevo hoy)
cli-today-nothing = Nada que hacer hoy.
# $when: in how many days ("tomorrow", "in 3 days"); $date: the day; $position: as in the first
# line; $steps: what changes.
cli-today-next-change = Próximo cambio: { $when } ({ $date }, { $position }): { $steps }
cli-today-no-change = Próximo cambio: ninguno previsto
# $session: its number; $date, $time: when; $zone: its time zone; $when: in how many days.
cli-today-next-session = Próxima sesión: sesión { $session }, el { $date } a las { $time } ({ $zone }), { $when }

## `aftercare journal`: notes, check-ins and photos.

# $date: the day the note is for.
cli-noted = Anotado para el { $date }
cli-notes-none = Todavía no hay notas.
cli-photos-none = Todavía no hay fotos: agrega una con `aftercare journal photo add FILE`.
# $id: the photo's number; $date: its day.
cli-photo-kept = Foto { $id } guardada para el { $date }, sin datos de ubicación
# $id: the photo's number; $file: where it was written.
cli-photo-written = Foto { $id } escrita en { $file }
# $id: the photo's number.
cli-photo-deleted = Foto { $id } eliminada

## What went wrong, on the command line. Options (--tz, --lat) and examples stay as typed.

# $path: the file; $message: what is wrong in it.
cli-error-in-file = { $path }: { $message }
cli-error-problems =
    { $count ->
        [one] { $path }: { $count } problema
       *[other] { $path }: { $count } problemas
    }
# $detail: the system's own words.
cli-error-read = no se puede leer `{ $path }`: { $detail }
cli-error-write = no se puede escribir `{ $path }`: { $detail }
cli-error-no-zone = no se sabe la zona horaria de este equipo (ni TZ ni el sistema indican ninguna); indícala con --tz, p. ej., --tz Europe/London
cli-error-unknown-city = `{ $city }` no es una ciudad que la app conozca: usa la ciudad principal de una zona horaria (p. ej., Lisbon, Sydney), o --lat y --lon
cli-error-no-data-dir = no se sabe dónde guardar los datos (no hay HOME ni XDG_DATA_HOME); indica --db PATH
cli-error-no-sessions = todavía no hay ninguna sesión guardada: agrega una con `aftercare session add 2026-03-05T10:00`, o indica --session
cli-error-no-place = indica dónde calcular el sol: --zone Europe/London (su ciudad principal), o --lat 51.5 --lon -0.13
cli-error-no-city = la zona `{ $zone }` no corresponde a ningún lugar: indica --lat y --lon

## The command line's other output: sessions, reminders, settings, protocols, backups, the sun.

# What an edit did to the stored reminders. $added, $updated, $removed: how many.
cli-changes =
    { $added ->
        [one] { $added } agregado
       *[other] { $added } agregados
    }, { $updated ->
        [one] { $updated } actualizado
       *[other] { $updated } actualizados
    }, { $removed ->
        [one] { $removed } eliminado
       *[other] { $removed } eliminados
    }
# $changes: cli-changes.
cli-reminders-changed = Recordatorios: { $changes }
# $file: a file's path.
cli-wrote = Archivo escrito: { $file }
cli-backed-up = Copia de seguridad guardada en { $file }
cli-restored = Copia de seguridad restaurada desde { $file }: { $changes }
# $number: the session's number; $start: its date and time; $zone: its time zone.
cli-session-line = Sesión { $number }: { $start } ({ $zone })
cli-sessions-none = Todavía no hay sesiones.
# The reminders table's column headings, in capitals (also cli-plan-when, -category, -reminder).
cli-reminders-state = ESTADO
cli-reminders-key = CLAVE
cli-reminders-none = (ninguno)
# A reminder's state. $state: pending, scheduled, delivered, done, snoozed, missed or dismissed.
cli-state =
    { $state ->
        [pending] pendiente
        [scheduled] programado
        [delivered] mostrado
        [done] hecho
        [snoozed] pospuesto
        [missed] perdido
       *[dismissed] descartado
    }
# $title: the reminder's title; $state: cli-state; $time: a day and time.
cli-state-change = { $title }: { $state }
cli-snoozed-until = { $title }: pospuesto hasta { $time }
# `aftercare remind`, while it runs. $key: the reminder's key.
cli-reminding = Enviando recordatorios; deja esto en ejecución (Ctrl-C para detenerlo).
cli-remind-shown = { $time }  mostrado: { $title }  [{ $key }]
cli-remind-done = hecho: { $title }  [{ $key }]
cli-remind-snoozed = pospuesto hasta { $time }: { $title }  [{ $key }]
# $detail: the notification service's own words.
cli-remind-failed = no se pudo enviar: { $detail }
# `aftercare settings`: each label, then its value, aligned.
cli-settings-time = Hora del recordatorio:
cli-settings-quiet = Horas de silencio:
cli-settings-zones = Zonas horarias:
cli-settings-muted = Silenciados:
cli-settings-sun = Lugar para el sol:
cli-off = desactivadas
cli-none = ninguno
cli-zone-follow = seguir la zona horaria del dispositivo
cli-zone-home = mantener la zona horaria de casa
# $policy: cli-zone-follow or cli-zone-home; $home, $device, $zone: time zones.
cli-settings-zones-value = { $policy } (casa: { $home }, dispositivo: { $device }; los recordatorios siguen { $zone })
# $city: a city's name.
cli-sun-zone-city = { $city } (la ciudad principal de la zona horaria que se sigue)
cli-sun-no-city = ninguno: la zona horaria que se sigue no tiene ciudad; elige una con --city
# $place: a city or coordinates; $metres: the elevation.
cli-settings-sun-value = { $place }, a { $metres } m de altitud
# `aftercare protocol`. $name, $version: the protocol's; $studio: the studio's name.
cli-protocol-heading = "{ $name }" { $version }
cli-protocol-heading-studio = "{ $name }" { $version }, de { $studio }
cli-protocol-same = Es el protocolo que ya sigues: no hay nada que cambiar.
cli-protocol-differences =
    { $count ->
        [one] { $count } diferencia con el tuyo:
       *[other] { $count } diferencias con el tuyo:
    }
# A rule or field the new protocol drops. $what: what it was; $before: its value.
cli-protocol-was = { $what } (antes: { $before })
# Asked on the terminal, answered y or n.
cli-protocol-confirm = ¿Seguir este protocolo a partir de ahora?
cli-protocol-declined = No cambió nada. Vuelve a ejecutarlo con --yes para seguirlo.
cli-protocol-following = Ahora sigues "{ $name }" { $version }. Recordatorios: { $changes }
# $file: the file checked; $rules: how many rules it has.
cli-protocol-ok =
    { $rules ->
        [one] { $file }: válido: "{ $name }" versión { $version }, { $rules } regla
       *[other] { $file }: válido: "{ $name }" versión { $version }, { $rules } reglas
    }
# `aftercare sun`. $place: a city or coordinates; $zone: the time zone.
cli-sun-heading = Índice UV con cielo despejado en { $place } · horas en { $zone }
# $date: a day; $peak: the day's highest UV index; $time: when; $protect: cli-sun-protect or
# cli-sun-below.
cli-sun-day = { $date }  máximo { $peak } a las { $time }  { $protect }
# $opens, $closes: times of day.
cli-sun-protect = protégete de { $opens } a { $closes }
# $level: the UV index from which to protect the scalp.
cli-sun-below = UV por debajo de { $level } todo el día
cli-sun-note = Una estimación con cielo despejado: las nubes bajan el índice; la nieve y la altitud lo suben. Protege tu cuero cabelludo con un índice UV de { $level } o más.
# Where an answer is read from, named in an error when it cannot be.
cli-standard-input = entrada estándar
