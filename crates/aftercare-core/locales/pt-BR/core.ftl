### Review status: draft. Written without a native speaker; needs review by one before release.

## The engine's texts: reminders and notifications, where a day stands in the treatment,
## healing advice, the progress summary.

## How far a day is from today. $days: a whole number, 0 or more.

days-ahead =
    { $days ->
        [0] hoje
        [1] amanhã
       *[other] em { $days } dias
    }
days-ago =
    { $days ->
        [1] ontem
       *[other] há { $days } dias
    }

## Where a date stands. $session: the session's number; $day: the day since it (day 0 is the
## session's day); $days: how many days before it.

position-day = Sessão { $session } · dia { $day }
position-before =
    { $days ->
        [one] { $days } dia antes da sessão { $session }
       *[other] { $days } dias antes da sessão { $session }
    }

## Reminders as notifications show them.

# The morning digest. $session, $day as above; $days: days before the session.
digest-title-day = Sessão { $session } · dia { $day }: etapas de hoje
digest-title-before =
    { $days ->
        [one] Sessão { $session } em { $days } dia: etapas de hoje
       *[other] Sessão { $session } em { $days } dias: etapas de hoje
    }
# Reminders of one category that go out at the same minute, as one notification.
group-milestone = Mudanças a partir de hoje
group-digest = Etapas de hoje
group-prep = Preparação para a sua sessão
group-sun = Proteção solar
group-checkin = Hora de registrar como está indo
# A step the client may do again from today, in a digest's list. $step: the step's title.
digest-allowed = A partir de hoje: { $step }
# A step in a digest that lasts beyond today. $step: the title; $date: its last day.
digest-until-today = { $step } (último dia: hoje)
digest-until = { $step } (último dia: { $date })
# When the sun is strong, added to a sun reminder. $opens, $closes, $peak_at: times of day;
# $peak: the day's highest UV index.
uv-note = Índice UV de 3 ou mais das { $opens } às { $closes } (pico de { $peak } por volta das { $peak_at }). É uma estimativa para céu limpo: as nuvens diminuem o índice; a altitude, a neve e a água o aumentam.

# The buttons on a notification: the step is done; show it again in an hour.
action-done = Feito
action-snooze = Em 1 hora

## On the lock screen, unless the client lets notifications show what they say.

private-digest = Cuidados: etapas de hoje
private-milestone = Cuidados: algo muda hoje
private-prep = Cuidados: preparação para a sua sessão
private-sun = Cuidados: proteção solar
private-checkin = Cuidados: hora de registrar como está indo
private-body = Abra o SMP Aftercare para ver.

## Healing advice after a check-in. Not medical advice: it says whom to contact.

healing-fever = Febre ou calafrios podem indicar uma infecção.
healing-streaks = Listras vermelhas saindo da área podem indicar uma infecção que está se espalhando.
healing-pus = Pus ou secreção amarelada não fazem parte da cicatrização normal.
healing-severe-pain = Dor forte não faz parte da cicatrização normal.
healing-warmth = Uma área que fica quente ao toque pode estar inflamada.
healing-spreading = Vermelhidão que se espalha depois do dia 3 precisa ser avaliada.
healing-redness-growing = A vermelhidão está aumentando depois do dia 3, quando já deveria estar diminuindo.
healing-swelling-growing = O inchaço está aumentando em vez de diminuir.
healing-pain-growing = A dor está piorando depois do dia 3, quando já deveria estar aliviando.
healing-doctor = Procure um médico hoje
healing-practitioner = Entre em contato com seu profissional
healing-usual = Cicatrização normal
healing-doctor-advice = Procure um médico hoje e avise seu profissional. Se você se sentir muito mal, ligue para o número de emergência local.
healing-practitioner-advice = Entre em contato com seu profissional, ou com um médico, e descreva o que você está vendo. Mantenha a área limpa e não arranque as casquinhas.
healing-usual-advice = Nada aqui exige falar com seu profissional: um pouco de vermelhidão, coceira e descamação fazem parte da cicatrização. Não coce nem arranque as casquinhas; amanhã, registre de novo como está indo.

## The progress summary a client sends their artist, as plain text.

summary-title = Cuidados pós-SMP: meu progresso
# $date: today, written out.
summary-as-of = Data: { $date }
summary-protocol = Protocolo: { $name }
summary-from = Estúdio: { $studio }
summary-sessions = Sessões
# $number: the session's number; $date, $time: when it is.
summary-session-done = - Sessão { $number }: { $date } às { $time } (realizada)
summary-session-planned = - Sessão { $number }: { $date } às { $time } (agendada)
# $followed: days with a step ticked or a reminder done, of $days since the first session;
# $done: reminders done.
summary-followed = Dias em que os cuidados foram seguidos desde a primeira sessão: { $followed } de { $days }; { $done ->
        [0] nenhum lembrete concluído.
        [one] { $done } lembrete concluído.
       *[other] { $done } lembretes concluídos.
    }
summary-no-missed = Nenhuma etapa perdida.
summary-missed = Etapas perdidas ({ $count }):
summary-notes = Do meu diário de cicatrização

## The report for the artist.

report-title = Relatório de cicatrização
report-session-done = Sessão { $number }: { $date } às { $time } (feita)
report-session-planned = Sessão { $number }: { $date } às { $time } (prevista)
report-missed = Passos perdidos ({ $count })
report-photos = Fotos
report-made = Feito com o SMP Aftercare em { $date }. Contém apenas o que o cliente escolheu compartilhar.
