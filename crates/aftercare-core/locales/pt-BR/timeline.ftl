### Review status: draft. Written without a native speaker; needs review by one before release.

## Timeline: every reminder past and future, grouped by session, with Done and Snooze.

timeline-title = Linha do tempo
# Followed by timeline-jump, when something is still to come. $count: how many reminders there are.
timeline-count =
    { $count ->
        [0] Nenhum lembrete.
        [one] { $count } lembrete.
       *[other] { $count } lembretes.
    }
timeline-jump = Ir para o próximo
# $count: how many reminders were missed.
timeline-missed =
    { $count ->
        [one] { $count } lembrete foi perdido: ele está marcado abaixo.
       *[other] { $count } lembretes foram perdidos: eles estão marcados abaixo.
    }

## The groups' headings.

# $session: the session's number; $date: its day, written out.
timeline-session-on = Sessão { $session } · { $date }
# A session no longer in the list. $session: its number.
timeline-session = Sessão { $session }
# Sun protection and check-ins after the healing month.
timeline-years-after = Nos anos seguintes
# Folded away: reminders a change set in the past, which never rang. $count: how many.
timeline-already-past =
    { $count ->
        [one] { $count } lembrete já tinha passado quando foi criado
       *[other] { $count } lembretes já tinham passado quando foram criados
    }

## Where a reminder stands.

timeline-state-upcoming = Agendado
timeline-state-snoozed = Adiado
timeline-state-shown = Exibido
timeline-state-done = Feito
timeline-state-missed = Perdido
timeline-state-past = Passado

## A reminder.

# In place of its time. $when: the day and time the snooze ends.
timeline-snoozed-until = adiado até { $when }
# A line of a reminder: something allowed again. $step: its title.
timeline-item-new = Novidade: { $step }
# Why a reminder does not come at its rule's time.
timeline-shift-quiet-hours = Movido para o fim do seu horário de silêncio.
timeline-shift-dst-gap = O relógio foi adiantado nesse horário; o lembrete chega logo após a mudança.
timeline-shift-before-session = Movido para uma hora antes da sua sessão.

## What the client can do with a reminder, and what is said once done.

# A button: mark the reminder done.
timeline-done = Feito
timeline-marked-done = Marcado como feito.
timeline-snooze-hour = Em 1 hora
timeline-snooze-evening = Hoje à noite
timeline-snooze-tomorrow = Amanhã de manhã
timeline-snoozed-hour = Adiado por uma hora.
timeline-snoozed-evening = Adiado para hoje à noite.
timeline-snoozed-tomorrow = Adiado para amanhã de manhã.
