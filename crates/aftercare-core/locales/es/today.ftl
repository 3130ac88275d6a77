### Review status: draft. Written without a native speaker; needs review by one before release.

## Today: where the client is in the treatment, the day's checklist, what changes next, the
## next session, the sun, the check-in, and the medical notice.

today-title = Hoy
today-no-session = Agrega una sesión para ver tu lista de cuidados.

## The checklist's sections.

today-section-allowed-today = Permitido de nuevo desde hoy
today-section-avoid = Evitar
today-section-do = Hacer
today-section-allowed = Permitido de nuevo

today-nothing = Nada que hacer hoy
today-nothing-sun = Protege tu cuero cabelludo del sol cuando estés al aire libre: el sol es lo que más decolora el SMP.

# Followed by today-missed-link. $count: how many reminders were missed.
today-missed =
    { $count ->
        [one] Te perdiste { $count } recordatorio mientras no se podían mostrar notificaciones.
       *[other] Te perdiste { $count } recordatorios mientras no se podían mostrar notificaciones.
    }
today-missed-link = Velos en la agenda

## What changes next.

today-next-change-label = Lo próximo que cambia
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-change = Próximo cambio: { $when }
# $date: the day, written out; $session: the session's number; $day: the day since it.
today-next-change-day = { $date } · sesión { $session }, día { $day }

## The next session.

today-next-session-label = Próxima sesión
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-session = Próxima sesión: { $when }
# $session: the session's number; $date: its day, written out; $time: its start time.
today-next-session-at = Sesión { $session }: { $date }, a las { $time }
# $time: the session's start time; $zone: the time zone it is in, an IANA name ("Europe/London").
today-next-session-zone = { $time }, hora de { $zone }

## A step of the checklist.

# For what is avoided: $date, the last day it still applies, written out.
today-until = hasta el { $date }
today-until-today = último día: hoy
today-new = Nuevo hoy
today-add-photo = Agregar una foto
today-photo-guide = Para fotos que puedas comparar: el mismo sitio, la misma luz (luz del día de frente, sin flash), la cámara a la misma altura y con el mismo ángulo que la última vez.
today-add-touch-up = ¿Reservaste un retoque? Agrégalo como tu próxima sesión
today-touch-up-add = Agregar la sesión
today-touch-up-added = Sesión { $session } agregada para el { $date }: la preparación de tu protocolo va antes y los cuidados después.
# A button offered where a healing step is allowed again today, or avoided for the last day.
today-postpone = ¿Aún cicatrizando? Espera un día
# The same button, for screen readers. $step: the step's title.
today-postpone-label = ¿Aún cicatrizando? Espera un día: { $step }
today-postponed = Pospuesto un día; tus recordatorios se ajustan.
today-postpone-undone = De vuelta al día que indica tu protocolo.

## Healing steps the client pushed back.

today-waiting = Esperando más de lo que indica tu protocolo
# $step: the step's title; $days: how many days it was pushed back.
today-waiting-step =
    { $days ->
        [one] { $step }: { $days } día más tarde
       *[other] { $step }: { $days } días más tarde
    }
today-undo = Deshacer
# For screen readers. $step: the step's title.
today-undo-label = Deshacer: { $step }

## The sun where the client is: a clear-sky estimate.

today-sun-label = El sol hoy
# $place: a city's name, or coordinates.
today-sun = El sol hoy en { $place }
# $opens, $closes: times of day.
today-sun-window = Índice UV de 3 o más de { $opens } a { $closes }
today-sun-low = Hoy el índice UV se queda por debajo de 3
# $peak: the day's highest UV index, a number such as 6.4; $peak_at: the time of day it is reached.
today-sun-peak = Máximo de { NUMBER($peak, minimumFractionDigits: 1, maximumFractionDigits: 1) } hacia las { $peak_at }. Es una estimación con cielo despejado: las nubes lo bajan; la altitud, la nieve y el agua lo suben.

## The day's check-in.

today-check-in-label = Registro de hoy
# Once answered, when nothing calls for the practitioner.
today-checked-in-usual = Registrado: cicatrización normal
today-check-in-change = Verlo o cambiarlo
today-check-in-why = Ver por qué
today-check-in-prompt-label = Registro de cicatrización
today-check-in-prompt = ¿Cómo se ve y cómo se siente hoy tu cuero cabelludo? Un registro rápido te indica cuándo algo requiere contactar a tu profesional.
today-check-in = Anotar cómo voy

## The medical notice, also on the first-run and settings screens.

today-notice-label = No es un consejo médico
# In bold, before today-notice.
today-notice-title = No es un consejo médico.
today-notice = Esta app te recuerda una rutina; las instrucciones de tu profesional siempre van primero.
today-notice-when = Cuándo contactar a tu profesional o a un médico
today-sign-redness = Enrojecimiento que se extiende o aumenta después del día 3
today-sign-swelling = Calor, o hinchazón que sigue aumentando
today-sign-pus = Pus o secreción amarillenta
today-sign-fever = Fiebre o escalofríos
today-sign-streaks = Líneas rojas que salen de la zona
today-sign-pain = Dolor intenso
today-never-diagnoses = La app te da estos consejos, pero nunca hace diagnósticos.

## Where the day stands in the healing of its session.

today-course = Tu cicatrización, día a día
today-course-left = { $title }: { $left ->
        [one] último día
       *[other] quedan { $left } días
    }
today-course-later = { $title }: desde el { $date }
today-course-over = { $title } (desde el { $date })
