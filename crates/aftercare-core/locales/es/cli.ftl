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
