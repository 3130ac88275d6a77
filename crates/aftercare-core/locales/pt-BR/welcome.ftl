### Review status: draft. Written without a native speaker; needs review by one before release.

## The first run (ui/js/views/welcome.js): the first session and any planned after it, when
## reminders may come, the protocol to follow, and notifications.

welcome-title = Seus cuidados pós-SMP, dia a dia
welcome-intro = Informe as datas das suas sessões e o SMP Aftercare lembra você, no dia e na hora certos, do que evitar, do que volta a ser permitido, de como se preparar para a próxima sessão e de como proteger o couro cabeludo por anos depois. Tudo fica neste dispositivo.
# Before a link to artist mode (welcome-artist-link), in the same line. It ends with a space,
# written { " " } (Fluent drops a plain one at the end): leave it out in a language that writes
# none between two sentences.
welcome-artist = Você é profissional de SMP?{ " " }
welcome-artist-link = Crie seu próprio protocolo de cuidados

## The sessions.

welcome-first-session = Sua primeira sessão
welcome-zone = Fuso horário da sessão
welcome-zone-hint = Detectado neste dispositivo. O dia 0 é a data da sessão nesse fuso.
welcome-more-sessions = Outras sessões previstas
welcome-more-sessions-hint = O SMP costuma levar de 2 a 4 sessões. Adicione as que você já marcou; você pode adicionar ou remarcar sessões depois.
welcome-add-session = Adicionar sessão prevista
# The fields of each session.
welcome-date = Data
welcome-time = Horário
# A button that takes a planned session off the list.
welcome-remove = Remover
# The same button, for screen readers. $number: the session's number (2 for the first planned one).
welcome-remove-session = Remover a sessão { $number }

## When reminders may come.

welcome-reminders = Lembretes
welcome-reminder-time = Lembrete da manhã às
welcome-reminder-time-hint = Uma notificação por dia lista o que fazer e o que evitar.
# A checkbox, followed by two time fields: welcome-quiet-from and welcome-quiet-to.
welcome-quiet = Horário de silêncio: sem notificações entre
welcome-quiet-from = De
welcome-quiet-to = Até

## The protocol and notifications (what they offer is in ui.ftl).

welcome-protocol = Protocolo de cuidados
welcome-notifications = Notificações

## Starting.

welcome-start = Começar meus cuidados
welcome-session-incomplete = Cada sessão precisa de data e horário.
welcome-zone-missing = Escolha o fuso horário das suas sessões.
welcome-quiet-invalid = O horário de silêncio precisa de dois horários diferentes; se não quiser, desative-o.
welcome-done = Seus cuidados estão configurados. Os lembretes vão acompanhar o plano.
