### Review status: draft. Written without a native speaker; needs review by one before release.

## The app's frame (ui/index.html, ui/js/app.js): the tabs, the window's title, the banners above
## every screen, what shows while the app starts or when it fails.

ui-skip = Pular para o conteúdo
# Shown while the first screen loads.
ui-loading = Carregando seus cuidados…
# The tab bar, for screen readers.
ui-sections = Seções
# The window's title. $screen: the screen's title (screen-today...).
ui-window-title = { $screen } · SMP Aftercare
# A heading, with the reason (in the client's language) under it.
ui-could-not-start = Não foi possível iniciar o SMP Aftercare

## A short message at the bottom of the screen when something failed that no screen expected.

# $message: what went wrong, as the app or the system wrote it (it may be in English).
ui-error = Algo deu errado: { $message }
# $file: the address of a file of the app (a script, a style sheet, an image).
ui-error-load = Algo deu errado: não foi possível carregar { $file }
ui-error-load-unnamed = Algo deu errado: não foi possível carregar um arquivo
# $address: the address the app's security rules did not let it load.
ui-error-blocked = Algo deu errado: bloqueado pela política de segurança de conteúdo: { $address }

## The tabs at the bottom of the screen: short, six share a phone's width.

tab-today = Hoje
tab-timeline = Linha do tempo
tab-journal = Diário
tab-sessions = Sessões
tab-share = Compartilhar
tab-settings = Ajustes

## The screens' titles, in the window's title.

screen-welcome = Boas-vindas
screen-today = Hoje
screen-timeline = Linha do tempo
screen-journal = Diário
screen-sessions = Sessões
screen-share = Compartilhar
screen-artist = Modo profissional
screen-settings = Ajustes

## The banner shown when the device is in another time zone than the client's home.

ui-zone-banner = Fuso horário
# $zone: the time zone the device is in now; $home: the client's home zone (both IANA names,
# such as Europe/Paris).
ui-zone-question = Agora você está em { $zone }. Os lembretes devem seguir o horário daqui ou continuar no horário de casa ({ $home })?
# A button. $zone: the time zone the device is in now.
ui-zone-follow = Seguir { $zone }
ui-zone-keep-home = Manter o horário de casa
# After the client answered.
ui-zone-followed = Os lembretes seguem o horário de onde você está.
ui-zone-kept = Os lembretes continuam no horário de casa.

## The banner shown when the check of the whole database found damage.

ui-damaged-banner = Dados danificados

## The banner shown when the app may not show notifications.

ui-notifications-banner = Notificações
ui-notifications-off = As notificações estão desativadas, então os lembretes não chegam até você. Ative-as em Ajustes.
ui-open-settings = Abrir Ajustes

## The kinds of reminder, as the client can mute them (settings) or export them (share): a name,
## and what it covers.

category-digest = Etapas de hoje
category-digest-hint = A lista da manhã do que fazer e do que evitar.
category-milestone = Mudanças
category-milestone-hint = Quando algo volta a ser permitido, como lavar o couro cabeludo.
category-prep = Antes de uma sessão
category-prep-hint = Nada de álcool, cortar o cabelo, dormir bem.
category-sun = Proteção solar
category-sun-hint = Cobrir a cabeça durante a cicatrização, e nos anos seguintes.
category-checkin = Acompanhamento
category-checkin-hint = Verificações de desbotamento e retoques ao longo dos anos.

## Choosing the aftercare protocol to follow (first run and settings): one the app ships, or the
## client's artist's.

ui-protocol-choice = Protocolo de cuidados
# The protocol the app suggests. $name: its name, as the protocol file writes it.
ui-protocol-recommended = { $name } (recomendado)
ui-protocol-code = Um código ou link do meu profissional
ui-protocol-code-hint = O que veio no QR code ou na mensagem do seu profissional.
ui-protocol-file = O arquivo de protocolo do meu profissional
ui-protocol-file-hint = Um arquivo .toml ou .json que você recebeu do seu profissional.
# The fields that show for the last two choices.
ui-protocol-file-field = Arquivo de protocolo
ui-protocol-code-field = Código ou link
ui-protocol-code-missing = Cole o código ou o link que você recebeu do seu profissional.
ui-protocol-file-missing = Escolha o arquivo de protocolo que você recebeu do seu profissional.
# $file: the name of the file the client chose.
ui-protocol-file-too-large = { $file } é grande demais para ser um arquivo de protocolo.

## Notifications, explained before the system asks for the permission (first run and settings).

# “Aftercare: today’s steps” is what the lock screen shows (private-digest).
ui-permission-why = Os lembretes são notificações: as etapas do dia pela manhã, na noite antes de uma sessão e quando algo volta a ser permitido. Na tela de bloqueio, elas só dizem “Cuidados: etapas de hoje”, a menos que você escolha mostrar os detalhes.
ui-permission-allow = Permitir notificações
ui-permission-granted = As notificações estão ativadas.
ui-permission-denied = As notificações estão desativadas para o SMP Aftercare. Ative-as nas configurações do sistema para receber seus lembretes.
ui-permission-prompt = Permissão ainda não solicitada.

## Shared by every screen (ui/js/dom.js).

# The button that closes a confirmation dialog without doing anything.
ui-cancel = Cancelar
