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
