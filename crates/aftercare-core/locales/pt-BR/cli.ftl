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

## The command line's other output: sessions, reminders, settings, protocols, backups, the sun.

# What an edit did to the stored reminders. $added, $updated, $removed: how many.
cli-changes =
    { $added ->
        [0] { $added } adicionados
        [one] { $added } adicionado
       *[other] { $added } adicionados
    }, { $updated ->
        [0] { $updated } atualizados
        [one] { $updated } atualizado
       *[other] { $updated } atualizados
    }, { $removed ->
        [0] { $removed } removidos
        [one] { $removed } removido
       *[other] { $removed } removidos
    }
# $changes: cli-changes.
cli-reminders-changed = Lembretes: { $changes }
# $file: a file's path.
cli-wrote = Arquivo gravado: { $file }
cli-backed-up = Backup salvo em { $file }
cli-restored = Backup restaurado de { $file }: { $changes }
# $number: the session's number; $start: its date and time; $zone: its time zone.
cli-session-line = Sessão { $number }: { $start } ({ $zone })
cli-sessions-none = Ainda não há sessões.
# The reminders table's column headings, in capitals (also cli-plan-when, -category, -reminder).
cli-reminders-state = ESTADO
cli-reminders-key = CHAVE
cli-reminders-none = (nenhum)
# A reminder's state. $state: pending, scheduled, delivered, done, snoozed, missed or dismissed.
cli-state =
    { $state ->
        [pending] pendente
        [scheduled] agendado
        [delivered] entregue
        [done] feito
        [snoozed] adiado
        [missed] perdido
       *[dismissed] dispensado
    }
# $title: the reminder's title; $state: cli-state; $time: a day and time.
cli-state-change = { $title }: { $state }
cli-snoozed-until = { $title }: adiado até { $time }
# `aftercare remind`, while it runs. $key: the reminder's key.
cli-reminding = Enviando lembretes; deixe isto em execução (Ctrl-C para parar).
cli-remind-shown = { $time }  exibido: { $title }  [{ $key }]
cli-remind-done = feito: { $title }  [{ $key }]
cli-remind-snoozed = adiado até { $time }: { $title }  [{ $key }]
# $detail: the notification service's own words.
cli-remind-failed = não foi possível entregar a notificação: { $detail }
# `aftercare settings`: each label, then its value, aligned.
cli-settings-time = Horário do lembrete:
cli-settings-quiet = Horário de silêncio:
cli-settings-zones = Fusos horários:
cli-settings-muted = Silenciados:
cli-settings-sun = Local para o sol:
cli-off = desativado
cli-none = nenhum
cli-zone-follow = seguir o fuso do dispositivo
cli-zone-home = manter o fuso de casa
# $policy: cli-zone-follow or cli-zone-home; $home, $device, $zone: time zones.
cli-settings-zones-value = { $policy } (casa { $home }, dispositivo { $device }; os lembretes seguem { $zone })
# $city: a city's name.
cli-sun-zone-city = { $city } (a cidade principal do fuso seguido)
cli-sun-no-city = nenhum: o fuso seguido não tem cidade; escolha uma com --city
# $place: a city or coordinates; $metres: the elevation.
cli-settings-sun-value = { $place }, { $metres } m de altitude
# `aftercare protocol`. $name, $version: the protocol's; $studio: the studio's name.
cli-protocol-heading = "{ $name }" { $version }
cli-protocol-heading-studio = "{ $name }" { $version }, de { $studio }
cli-protocol-same = Este já é o protocolo que você segue: nada a mudar.
cli-protocol-differences =
    { $count ->
        [one] { $count } diferença em relação ao seu:
       *[other] { $count } diferenças em relação ao seu:
    }
# A rule or field the new protocol drops. $what: what it was; $before: its value.
cli-protocol-was = { $what } (antes: { $before })
# Asked on the terminal, answered y or n.
cli-protocol-confirm = Seguir este protocolo a partir de agora?
cli-protocol-declined = Nada mudou. Execute de novo com --yes para segui-lo.
cli-protocol-following = Agora você segue "{ $name }" { $version }. Lembretes: { $changes }
# $file: the file checked; $rules: how many rules it has.
cli-protocol-ok =
    { $rules ->
        [0] { $file }: ok: "{ $name }" versão { $version }, { $rules } regras
        [one] { $file }: ok: "{ $name }" versão { $version }, { $rules } regra
       *[other] { $file }: ok: "{ $name }" versão { $version }, { $rules } regras
    }
# `aftercare sun`. $place: a city or coordinates; $zone: the time zone.
cli-sun-heading = Índice UV de céu limpo em { $place } · horários em { $zone }
# $date: a day; $peak: the day's highest UV index; $time: when; $protect: cli-sun-protect or
# cli-sun-below.
cli-sun-day = { $date }  pico de { $peak } às { $time }  { $protect }
# $opens, $closes: times of day.
cli-sun-protect = proteja-se das { $opens } às { $closes }
# $level: the UV index from which to protect the scalp.
cli-sun-below = UV fica abaixo de { $level }
cli-sun-note = Uma estimativa para céu limpo: as nuvens diminuem o índice; a neve e a altitude o aumentam. Proteja o couro cabeludo com UV { $level } ou mais.
# Where an answer is read from, named in an error when it cannot be.
cli-standard-input = entrada padrão
