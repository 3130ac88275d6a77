### Review status: draft. Written without a native speaker; needs review by one before release.

## The engine's texts: reminders and notifications, where a day stands in the treatment,
## healing advice, the progress summary.

## How far a day is from today. $days: a whole number, 0 or more.

days-ahead =
    { $days ->
        [0] hoy
        [1] mañana
       *[other] dentro de { $days } días
    }
days-ago =
    { $days ->
        [1] ayer
       *[other] hace { $days } días
    }

## Where a date stands. $session: the session's number; $day: the day since it (day 0 is the
## session's day); $days: how many days before it.

position-day = Sesión { $session } · día { $day }
position-before =
    { $days ->
        [one] { $days } día antes de la sesión { $session }
       *[other] { $days } días antes de la sesión { $session }
    }

## Reminders as notifications show them.

# The morning digest. $session, $day as above; $days: days before the session.
digest-title-day = Sesión { $session } · día { $day }: pasos de hoy
digest-title-before =
    { $days ->
        [one] Sesión { $session } dentro de { $days } día: pasos de hoy
       *[other] Sesión { $session } dentro de { $days } días: pasos de hoy
    }
# Reminders of one category that go out at the same minute, as one notification.
group-milestone = Cambios a partir de hoy
group-digest = Pasos de hoy
group-prep = Preparación para tu sesión
group-sun = Protección solar
group-checkin = Hora de anotar cómo vas
# A step the client may do again from today, in a digest's list. $step: the step's title.
digest-allowed = Desde hoy: { $step }
# A step in a digest that lasts beyond today. $step: the title; $date: its last day.
digest-until-today = { $step } (último día: hoy)
digest-until = { $step } (último día: { $date })
# When the sun is strong, added to a sun reminder. $opens, $closes, $peak_at: times of day;
# $peak: the day's highest UV index.
uv-note = Índice UV de 3 o más de { $opens } a { $closes } (máximo de { $peak } hacia las { $peak_at }). Es una estimación con cielo despejado: las nubes lo bajan; la altitud, la nieve y el agua lo suben.

# The buttons on a notification: the step is done; show it again in an hour.
action-done = Hecho
action-snooze = En una hora

## On the lock screen, unless the client lets notifications show what they say.

private-digest = Cuidados: pasos de hoy
private-milestone = Cuidados: hoy hay un cambio
private-prep = Cuidados: preparación para tu sesión
private-sun = Cuidados: protección solar
private-checkin = Cuidados: hora de anotar cómo vas
private-body = Abre SMP Aftercare para verlo.

## Healing advice after a check-in. Not medical advice: it says whom to contact.

healing-fever = La fiebre o los escalofríos pueden indicar una infección.
healing-streaks = Las líneas rojas que salen de la zona pueden indicar una infección que se está extendiendo.
healing-pus = El pus o una secreción amarillenta no forman parte de una cicatrización normal.
healing-severe-pain = El dolor intenso no forma parte de una cicatrización normal.
healing-warmth = Una zona que se nota caliente al tacto puede estar inflamada.
healing-spreading = Si el enrojecimiento se extiende después del día 3, hay que revisarlo.
healing-redness-growing = El enrojecimiento aumenta después del día 3, cuando ya debería ir bajando.
healing-swelling-growing = La hinchazón aumenta en lugar de bajar.
healing-pain-growing = El dolor empeora después del día 3, cuando ya debería ir aliviándose.
healing-doctor = Consulta hoy a un médico
healing-practitioner = Contacta a tu profesional
healing-usual = Cicatrización normal
healing-doctor-advice = Consulta hoy a un médico y avisa a tu profesional. Si te encuentras muy mal, llama al número de emergencias de tu zona.
healing-practitioner-advice = Contacta a tu profesional, o a un médico, y describe lo que ves. Mantén la zona limpia y no te arranques las costras.
healing-usual-advice = Nada de esto requiere contactar a tu profesional: algo de enrojecimiento, picazón y descamación forman parte de la cicatrización. No te rasques ni te arranques las costras; mañana vuelve a anotar cómo vas.

## The progress summary a client sends their artist, as plain text.

summary-title = Cuidados post-SMP: mi evolución
# $date: today, written out.
summary-as-of = Fecha: { $date }
summary-protocol = Protocolo: { $name }
summary-from = Estudio: { $studio }
summary-sessions = Sesiones
# $number: the session's number; $date, $time: when it is.
summary-session-done = - Sesión { $number }: { $date }, a las { $time } (realizada)
summary-session-planned = - Sesión { $number }: { $date }, a las { $time } (prevista)
# $followed: days with a step ticked or a reminder done, of $days since the first session;
# $done: reminders done.
summary-followed = Días en que se siguieron los cuidados desde la primera sesión: { $followed } de { $days }; { $done ->
        [one] { $done } recordatorio completado.
       *[other] { $done } recordatorios completados.
    }
summary-no-missed = Ningún paso omitido.
summary-missed = Pasos omitidos ({ $count }):
summary-notes = De mi diario de cicatrización

## The report for the artist.

report-title = Informe de cicatrización
report-session-done = Sesión { $number }: { $date } a las { $time } (hecha)
report-session-planned = Sesión { $number }: { $date } a las { $time } (prevista)
report-missed = Pasos omitidos ({ $count })
report-photos = Fotos
report-made = Hecho con SMP Aftercare el { $date }. Solo contiene lo que el cliente eligió compartir.
