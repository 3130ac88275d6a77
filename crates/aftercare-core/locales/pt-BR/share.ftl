### Review status: draft. Written without a native speaker; needs review by one before release.

## The Share screen: an artist's protocol by code or link, the reminders as a calendar file, a
## progress summary for the artist, and the way into artist mode. Nothing leaves the device
## unless the client saves or shares it there.

share-title = Compartilhar
share-intro = Nada sai deste dispositivo, a menos que você salve ou compartilhe aqui.

## An artist's protocol, pasted as a code or a link, looked at before anything changes.

share-protocol-title = O protocolo do seu profissional
share-protocol-intro = Cada clínica tem seus próprios dias. Siga os do seu profissional: cole o código ou o link que você recebeu, veja o que muda e depois decida.
share-code-label = Código ou link
share-code-missing = Cole o código ou o link que você recebeu do seu profissional.
share-preview = Ver o que muda
# The protocol offered, as a heading. $name: its name; $version: its version, as its author
# wrote it (1.2, 2026-spring).
share-protocol-name = { $name } ({ $version })
# Who gives the protocol. $studio: the studio's or artist's name.
share-from = De { $studio }
# $studio: the studio's or artist's name; $contact: a phone number, e-mail or street address.
share-from-contact = De { $studio } · { $contact }
share-no-change = Este já é o protocolo que você segue: nada mudaria.
# Above the list of differences. $count: how many, 1 or more.
share-changes =
    { $count ->
        [one] { $count } mudança em relação ao que você segue agora:
       *[other] { $count } mudanças em relação ao que você segue agora:
    }
# Between what the protocol followed says and what the one offered would say, with a space on
# each side: point it the way the language reads.
share-change-arrow = →
share-nothing-yet = Nada muda até você decidir seguir este protocolo. Suas sessões e o que você marcou continuam como estão.
share-follow = Seguir este protocolo
# $name: the protocol's name.
share-following = Agora você segue { $name }; seus lembretes seguem os dias desse protocolo.

## The reminders as a calendar file. The buttons say Save on a computer, Share on a phone.

share-calendar-title = Calendário
share-calendar-intro = Seus lembretes e próximas sessões em um arquivo de calendário (.ics) para qualquer app de calendário, cada um com um alerta. Se você importar um arquivo mais recente, os eventos são atualizados, não duplicados.
share-calendar-kinds = Quais lembretes
share-calendar-from = De (opcional)
share-calendar-to = Até (opcional)
share-calendar-save = Salvar o arquivo de calendário
share-calendar-share = Compartilhar o arquivo de calendário
share-calendar-no-kind = Escolha pelo menos um tipo de lembrete.
share-calendar-backwards = O primeiro dia vem depois do último.

## The progress report for the artist, and the same as text (both come from the engine).

share-summary-title = Progresso para o seu profissional
share-summary-intro = Suas sessões, em quantos dias você seguiu os cuidados, as etapas perdidas e o gráfico dos seus check-ins, numa página que o seu profissional abre em qualquer navegador. Anotações e fotos do diário só vão se você marcá-las.
share-summary-notes = Anotações do diário a incluir
share-summary-no-notes = Nenhuma anotação no diário ainda.
share-summary-photos = Fotos a incluir
share-summary-no-photos = Nenhuma foto ainda.
# What a screen reader calls the preview of the report.
share-report-label = O relatório, como o seu profissional vai vê-lo
share-report-save = Salvar o relatório
share-report-share = Compartilhar o relatório
share-summary-save = Salvar como texto
share-summary-share = Compartilhar como texto

## The way into artist mode.

share-artist-title = Você é profissional de SMP?
share-artist-intro = Escreva seus próprios dias e textos de cuidados, a partir do padrão, e passe-os aos seus clientes como QR code, link ou arquivo.
share-artist-open = Abrir o modo profissional

## Artist mode: an artist's own protocol, made from one the app ships or the one followed, then
## handed to clients as a QR code, a link, a code or a file.

artist-title = Modo profissional
artist-intro = Defina os dias e os textos dos seus próprios cuidados. Seus clientes leem o QR code, ou abrem o link, e veem o que muda antes de seguir o protocolo.
# Links back to where artist mode was opened from.
artist-back-share = ← Voltar para Compartilhar
artist-back-welcome = ← Voltar para os primeiros passos
# The protocol the artist starts from.
artist-base = Começar a partir de
artist-base-seed = O padrão
artist-base-strict = O exemplo mais rigoroso
artist-base-current = O que eu sigo
# What a screen reader calls the form.
artist-form-label = Seu protocolo

## Who gives the protocol.

artist-studio-legend = Seu estúdio
artist-studio = Nome do estúdio ou do profissional
artist-studio-hint = Exibido aos seus clientes junto com o protocolo.
artist-contact = Endereço ou horário de funcionamento (opcional)
artist-contact-hint = Exibido como texto.
# Ways to reach the studio that the client's phone opens: the dialler, the mail app, the browser.
artist-phone = Telefone (opcional)
artist-email = E-mail (opcional)
artist-website = Site (opcional)
artist-social = Nome de usuário nas redes sociais (opcional)
artist-name = Nome do protocolo
artist-version = Versão

## Each rule's days and texts.

artist-rules-title = Dias e textos
artist-rules-hint = O dia 0 é o dia de uma sessão; dias negativos vêm antes dela.
# Under each rule's title: what it asks, and the session its days count from. $kind: avoid
# (something to avoid for a while), allowed (something allowed again) or do (something to do);
# $from: each (each session), first (the first session), final (the final session) or treatment
# (the whole treatment).
artist-rule-kind =
    { $kind ->
        [avoid] Evitar
        [allowed] Liberado de novo
       *[do] Fazer
    }; dias contados a partir { $from ->
        [first] da primeira sessão
        [final] da última sessão
        [treatment] do tratamento
       *[each] de cada sessão
    }
artist-from-day = Do dia
artist-to-day = Até o dia
artist-rule-title = Título
artist-rule-text = Texto
# $rule: the rule's title.
artist-first-day-whole = { $rule }: o primeiro dia precisa ser um número inteiro.
# $rule: the rule's title.
artist-last-day-whole = { $rule }: o último dia precisa ser um número inteiro.
artist-make = Gerar o QR code e o link

## The protocol, ready to give.

artist-give-title = Passe para seus clientes
artist-give-intro = Eles leem este código com a câmera do celular, ou abrem o link, e o SMP Aftercare mostra o que muda antes de eles seguirem o protocolo.
artist-qr-alt = QR code do link para o seu protocolo
artist-link = Link
artist-code = Código, para colar na tela Compartilhar do app
# The button says Save on a computer, Share on a phone.
artist-save-file = Salvar como arquivo de protocolo
artist-share-file = Compartilhar como arquivo de protocolo

## What an artist's protocol would change, listed before the client follows it
## (`protocol import` on the command line too). Each difference: what, before, after.

compare-name = Nome
compare-version = Versão
compare-studio = Estúdio
compare-description = Descrição
compare-min-days = Mínimo de dias entre sessões
# $category: one of the compare-category-* words.
compare-grace = Atraso máximo de um lembrete de { $category }
# $rule: the rule's title.
compare-new = Nova regra: { $rule }
compare-dropped = Regra removida: { $rule }
# A rule's field that changed. $rule: the rule's title; $field: one of the compare-field-* names.
compare-rule-field = { $rule }: { $field }
compare-field-title = título
compare-field-days = dias
# Its values are the compare-anchor-* phrases, which begin with "de" (de cada sessão, da
# primeira sessão).
compare-field-from = contados a partir
compare-field-kind = o que pede
compare-field-category = tipo de lembrete
compare-field-at = horário do lembrete
compare-field-every = repetição
compare-field-lifts = término
compare-field-body = texto
compare-field-source = fonte
# A rule in one line. $kind: a compare-kind-* word; $window: its days; $anchor: a compare-anchor-*
# phrase; $body: the rule's text.
# The compare-anchor-* phrases carry the "de" (contracted: da, do), so none is written here.
compare-summary = { $kind }, { $window } { $anchor }: { $body }
compare-window = entre { $start } e { $end }
compare-day = o dia { $day }
compare-days-before =
    { $days ->
        [one] a véspera
       *[other] { $days } dias antes
    }
compare-hours =
    { $hours ->
        [0] { $hours } horas
        [one] { $hours } hora
       *[other] { $hours } horas
    }
# How often a rule repeats; 0: it does not.
compare-every =
    { $days ->
        [0] não
        [one] todos os dias
       *[other] a cada { $days } dias
    }
compare-at-digest = na lista da manhã
compare-at-morning = no horário do lembrete da manhã
# $time: a time of day.
compare-at-time = às { $time }
compare-at-uv = pouco antes de o índice UV chegar a 3
compare-anchor-each = de cada sessão
compare-anchor-first = da primeira sessão
compare-anchor-final = da última sessão
compare-anchor-treatment = do tratamento
compare-kind-avoid = evitar
compare-kind-allowed = liberado de novo
compare-kind-do = fazer
compare-category-milestone = mudança
compare-category-digest = resumo diário
compare-category-prep = preparação
compare-category-sun = sol
compare-category-checkin = acompanhamento

## The calendar file. $number: the session's number; $time: when it starts; $zone: its time zone.

ics-calendar = Cuidados pós-SMP
ics-session = Sessão de SMP { $number }
ics-session-description = Micropigmentação capilar, sessão { $number }, { $time } no fuso { $zone }.
ics-session-alarm = Sessão de SMP { $number } em duas horas
