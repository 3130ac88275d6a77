### Review status: draft. Written without a native speaker; needs review by one before release.

## Today: where the client is in the treatment, the day's checklist, what changes next, the
## next session, the sun, the check-in, and the medical notice.

today-title = Hoje
today-no-session = Adicione uma sessão para ver a sua lista de cuidados.

## The checklist's sections.

today-section-allowed-today = Liberado de novo a partir de hoje
today-section-avoid = Evitar
today-section-do = Fazer
today-section-allowed = Liberado de novo

today-nothing = Nada a fazer hoje
today-nothing-sun = Proteja o couro cabeludo do sol quando estiver ao ar livre: o sol é o que mais desbota o SMP.

# Followed by today-missed-link. $count: how many reminders were missed.
today-missed =
    { $count ->
        [one] { $count } lembrete foi perdido enquanto as notificações não podiam ser exibidas.
       *[other] { $count } lembretes foram perdidos enquanto as notificações não podiam ser exibidas.
    }
today-missed-link = Veja na linha do tempo

## What changes next.

today-next-change-label = O que muda a seguir
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-change = Próxima mudança: { $when }
# $date: the day, written out; $session: the session's number; $day: the day since it.
today-next-change-day = { $date } · sessão { $session }, dia { $day }

## The next session.

today-next-session-label = Próxima sessão
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-session = Próxima sessão: { $when }
# $session: the session's number; $date: its day, written out; $time: its start time.
today-next-session-at = Sessão { $session }: { $date } às { $time }
# $time: the session's start time; $zone: the time zone it is in, an IANA name ("Europe/London").
today-next-session-zone = { $time } no fuso { $zone }

## A step of the checklist.

# For what is avoided: $date, the last day it still applies, written out.
today-until = até { $date }
today-until-today = hoje é o último dia
today-new = Novidade de hoje
today-add-photo = Adicionar foto
today-photo-guide = Para fotos que dê para comparar: o mesmo lugar, a mesma luz (luz do dia de frente, sem flash), a câmera na mesma altura e no mesmo ângulo da última vez.
today-add-touch-up = Marcou um retoque? Adicione-o como sua próxima sessão
today-touch-up-add = Adicionar a sessão
today-touch-up-added = Sessão { $session } adicionada para { $date }: a preparação do seu protocolo vem antes e os cuidados depois.
# A button offered where a healing step is allowed again today, or avoided for the last day.
today-postpone = Ainda cicatrizando? Espere um dia
# The same button, for screen readers. $step: the step's title.
today-postpone-label = Ainda cicatrizando? Espere um dia: { $step }
today-postponed = Adiado por um dia; seus lembretes acompanham.
today-postpone-undone = De volta ao dia do seu protocolo.

## Healing steps the client pushed back.

today-waiting = Esperando mais do que o protocolo
# $step: the step's title; $days: how many days it was pushed back.
today-waiting-step =
    { $days ->
        [one] { $step }: { $days } dia a mais
       *[other] { $step }: { $days } dias a mais
    }
today-undo = Desfazer
# For screen readers. $step: the step's title.
today-undo-label = Desfazer: { $step }

## The sun where the client is: a clear-sky estimate.

today-sun-label = Sol hoje
# $place: a city's name, or coordinates.
today-sun = Sol hoje em { $place }
# $opens, $closes: times of day.
today-sun-window = Índice UV de 3 ou mais das { $opens } às { $closes }
today-sun-low = O índice UV fica abaixo de 3 hoje
# $peak: the day's highest UV index, a number such as 6.4; $peak_at: the time of day it is reached.
today-sun-peak = Pico de { NUMBER($peak, minimumFractionDigits: 1, maximumFractionDigits: 1) } por volta das { $peak_at }. É uma estimativa para céu limpo: as nuvens diminuem o índice; a altitude, a neve e a água o aumentam.

## The day's check-in.

today-check-in-label = Registro de hoje
# Once answered, when nothing calls for the practitioner.
today-checked-in-usual = Registrado: cicatrização normal
today-check-in-change = Ver ou alterar
today-check-in-why = Ver por quê
today-check-in-prompt-label = Registro da cicatrização
today-check-in-prompt = Como está o seu couro cabeludo hoje, pelo que você vê e sente? Um registro rápido avisa quando algo exige falar com seu profissional.
today-check-in = Registrar

## The medical notice, also on the first-run and settings screens.

today-notice-label = Não é orientação médica
# In bold, before today-notice.
today-notice-title = Não é orientação médica.
today-notice = Este app lembra você de uma rotina; as instruções do seu profissional sempre vêm em primeiro lugar.
today-notice-when = Quando falar com seu profissional ou com um médico
today-sign-redness = Vermelhidão que se espalha ou aumenta depois do dia 3
today-sign-swelling = Calor na área, ou inchaço que continua aumentando
today-sign-pus = Pus ou secreção amarelada
today-sign-fever = Febre ou calafrios
today-sign-streaks = Listras vermelhas saindo da área
today-sign-pain = Dor forte
today-never-diagnoses = Esta orientação vem do app, que nunca faz diagnósticos.

## Where the day stands in the healing of its session.

today-course = Sua cicatrização, dia a dia
today-course-left = { $title }: { $left ->
        [one] último dia
       *[other] faltam { $left } dias
    }
today-course-later = { $title }: a partir de { $date }
today-course-over = { $title } (desde { $date })
