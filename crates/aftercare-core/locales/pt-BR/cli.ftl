### Review status: draft. Written without a native speaker; needs review by one before release.

## The command line's output for clients: `aftercare plan` and `aftercare today`.

# The first line of `plan`. $protocol, $version: the protocol's name and version; $zone: the time
# zone; $time: the reminder time.
cli-plan-heading = { $protocol } { $version } · horários em { $zone } · lembretes às { $time }
# Added to the first line when there are quiet hours. $quiet: the window, 22:00-08:00.
cli-plan-quiet = · horário de silêncio { $quiet }
# The table's column headings, in capitals.
cli-plan-when = QUANDO
cli-plan-session = SESSÃO
cli-plan-day = DIA
cli-plan-category = CATEGORIA
cli-plan-reminder = LEMBRETE
# Why a reminder is not at its usual time.
cli-shift-quiet-hours = depois do horário de silêncio
cli-shift-dst-gap = o relógio foi adiantado
cli-shift-before-session = uma hora antes da sessão
# The last line of `plan`. $count: how many reminders; $counts: how many of each kind.
cli-plan-total =
    { $count ->
        [0] Nenhum lembrete
        [one] { $count } lembrete: { $counts }
       *[other] { $count } lembretes: { $counts }
    }
# One kind's count in the last line. $count: how many.
cli-count-milestone =
    { $count ->
        [one] { $count } mudança
       *[other] { $count } mudanças
    }
cli-count-digest =
    { $count ->
        [one] { $count } resumo diário
       *[other] { $count } resumos diários
    }
cli-count-prep =
    { $count ->
        [one] { $count } preparação
       *[other] { $count } preparações
    }
cli-count-sun =
    { $count ->
        [one] { $count } aviso de sol
       *[other] { $count } avisos de sol
    }
cli-count-checkin =
    { $count ->
        [one] { $count } acompanhamento
       *[other] { $count } acompanhamentos
    }

# `today`'s first line. $date: the day, written out; $position: where it stands, such as
# "Session 1 · day 3".
cli-day-heading = { $date } · { $position }
cli-today-allowed-today = Liberado de novo a partir de hoje
cli-today-avoid = Evitar
cli-today-do = Fazer
cli-today-allowed = Liberado de novo
# A step. $step: its title.
cli-today-new = { $step } (novidade de hoje)
cli-today-nothing = Nada a fazer hoje.
# $when: in how many days ("tomorrow", "in 3 days"); $date: the day; $position: as in the first
# line; $steps: what changes.
cli-today-next-change = Próxima mudança: { $when } ({ $date }, { $position }): { $steps }
cli-today-no-change = Próxima mudança: nenhuma prevista
# $session: its number; $date, $time: when; $zone: its time zone; $when: in how many days.
cli-today-next-session = Próxima sessão (sessão { $session }): { $date } às { $time } ({ $zone }), { $when }

## `aftercare journal`: notes, check-ins and photos.

# $date: the day the note is for.
cli-noted = Anotado para { $date }
cli-notes-none = Ainda não há notas.
cli-photos-none = Ainda não há fotos: adicione uma com `aftercare journal photo add FILE`.
# $id: the photo's number; $date: its day.
cli-photo-kept = Foto { $id } guardada para { $date }, sem dados de localização
# $id: the photo's number; $file: where it was written.
cli-photo-written = Foto { $id } gravada em { $file }
# $id: the photo's number.
cli-photo-deleted = Foto { $id } apagada

## What went wrong, on the command line. Options (--tz, --lat) and examples stay as typed.

# $path: the file; $message: what is wrong in it.
cli-error-in-file = { $path }: { $message }
cli-error-problems =
    { $count ->
        [one] { $path }: { $count } problema
       *[other] { $path }: { $count } problemas
    }
# $detail: the system's own words.
cli-error-read = não é possível ler `{ $path }`: { $detail }
cli-error-write = não é possível gravar `{ $path }`: { $detail }
cli-error-no-zone = não é possível saber o fuso horário deste computador (nem TZ nem o sistema indicam um); informe um com --tz, por exemplo --tz Europe/London
cli-error-unknown-city = `{ $city }` não é uma cidade que o app conhece: use a cidade principal de um fuso horário (por exemplo Lisbon, Sydney) ou --lat e --lon
cli-error-no-data-dir = não é possível saber onde guardar os dados (sem HOME nem XDG_DATA_HOME); informe --db PATH
cli-error-no-sessions = nenhuma sessão foi registrada ainda: adicione uma com `aftercare session add 2026-03-05T10:00` ou informe --session
cli-error-no-place = informe onde você está, para o cálculo do sol: --zone Europe/London (a cidade principal do fuso) ou --lat 51.5 --lon -0.13
cli-error-no-city = o fuso `{ $zone }` não corresponde a nenhum lugar: informe --lat e --lon
