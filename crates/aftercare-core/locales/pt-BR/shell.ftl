### Review status: draft. Written without a native speaker; needs review by one before release.

## The app around the screens: files handed to the client, the desktop's tray, Android's
## notification channels (listed in the system's settings for the app).

# A file written for the client on a computer. $path: where it is.
file-saved = Salvo em { $path }
file-shared = Compartilhado
# iOS: the client closed the share sheet without sharing.
file-not-shared = Nada foi compartilhado
# Android cannot tell whether the client shared the file or closed the sheet.
file-to-share-sheet = Enviado para o menu de compartilhamento

tray-open = Abrir o SMP Aftercare
tray-quit = Sair (os lembretes param)

channel-digest = Etapas de hoje
channel-digest-about = Um resumo pela manhã do que fazer e do que evitar no dia.
channel-milestone = Mudanças
channel-milestone-about = Quando algo volta a ser permitido, como lavar o couro cabeludo.
channel-prep = Antes de uma sessão
channel-prep-about = Preparação: nada de álcool, cortar o cabelo, dormir bem.
channel-sun = Proteção solar
channel-sun-about = Cobrir a cabeça e proteger o couro cabeludo por anos depois.
channel-checkin = Acompanhamento
channel-checkin-about = Verificações de desbotamento e retoques, ao longo dos anos.
