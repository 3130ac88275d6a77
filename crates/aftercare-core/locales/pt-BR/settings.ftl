### Review status: draft. Written without a native speaker; needs review by one before release.

## The Settings screen: the language, when reminders come, which kinds, whose clock they follow,
## what the lock screen shows, notifications, the protocol, backups, deleting everything.

settings-title = Ajustes

## The settings form: the language, then the reminders.

settings-reminders-title = Lembretes
settings-language = Idioma
# The first choice of language, before the languages the app has (each named in itself).
settings-language-system = Idioma do sistema
settings-language-hint = Datas e horários seguem as convenções do idioma.
settings-reminder-time = Lembrete da manhã às
settings-reminder-time-missing = Escolha o horário do lembrete da manhã.
settings-quiet = Horário de silêncio
# When quiet hours begin, and when they end.
settings-quiet-from = De
settings-quiet-to = Até
settings-quiet-hint = Um lembrete que cair no horário de silêncio espera até ele terminar; nenhum é descartado.
settings-quiet-invalid = O horário de silêncio precisa de dois horários diferentes; se não quiser, desative-o.
# Above the kinds of reminder, each of which can be turned off.
settings-kinds = Tipos de lembrete
settings-zone = Fuso horário
settings-policy-follow = Seguir onde eu estiver
# $time: an example time of day, 9 in the morning, written as the client's conventions do.
settings-policy-follow-hint = Um lembrete das { $time } continua às { $time } no horário local quando você viaja.
settings-policy-home = Manter o horário de casa
settings-policy-home-hint = Os lembretes seguem o relógio do seu fuso de casa, onde quer que você esteja.
settings-home-zone = Fuso de casa
settings-details = Mostrar o conteúdo dos lembretes na tela de bloqueio
# Quotes what the lock screen shows instead (the message private-digest).
settings-details-hint = Desativado: a tela de bloqueio mostra só “{ private-digest }”; os detalhes ficam no app.
settings-save = Salvar ajustes
settings-saved = Ajustes salvos; os lembretes foram atualizados.

## Where the sun is estimated for: the main city of the time zone, a city from the list, or
## coordinates; and the elevation.

settings-sun-legend = Onde você está, para o sol
settings-place = Local
settings-place-hint = Os lembretes de sol seguem o índice UV desse local. O app nunca pede a sua localização.
settings-place-zone = A cidade principal do meu fuso horário
# $city: the main city of the time zone reminders follow (Lisbon).
settings-place-zone-city = A cidade principal do meu fuso horário ({ $city })
settings-place-city = Uma cidade da lista
settings-place-coordinates = Coordenadas
settings-city = Cidade
# An example in the city field; any well-known city of the language's countries.
settings-city-placeholder = ex.: São Paulo
settings-city-hint = Comece a digitar; a lista tem a cidade principal de cada fuso horário.
settings-city-unknown = Escolha uma cidade da lista ou informe as coordenadas.
# Labels of the coordinates: north and east are positive, south and west negative.
settings-latitude = Latitude (norte +)
settings-longitude = Longitude (leste +)
# $latitude, $longitude: example coordinates (London's), numbers with decimals.
settings-coordinates-missing = Informe a latitude e a longitude, por exemplo { $latitude } e { $longitude }.
settings-elevation = Altitude em metros
settings-elevation-hint = O índice UV aumenta cerca de 6% a cada quilômetro.

## Notifications: on Android, exact times; on a computer, the tray and starting at login.

settings-notifications-title = Notificações
settings-exact-allowed = Os lembretes chegam no minuto certo: o Android permite que o SMP Aftercare defina alarmes exatos.
# “Alarms & reminders” is the name of Android's system setting, as Android calls it in the language.
settings-exact-held = O Android pode atrasar um lembrete em até uma hora para economizar bateria, por isso os horários aqui são aproximados. Permita “Alarmes e lembretes” para o SMP Aftercare e eles chegarão no minuto certo.
settings-exact-allow = Permitir horários exatos
# “Quit” is the item of the tray icon’s menu: write it as the tray menu does.
settings-desktop = No computador, os lembretes chegam enquanto o SMP Aftercare está em execução. Fechar a janela o mantém em execução na bandeja do sistema; escolha “Sair” ali para encerrá-lo. O que venceu enquanto ele estava fechado é exibido quando ele abre, se ainda for útil.
settings-autostart = Abrir o SMP Aftercare na bandeja ao entrar no sistema
settings-autostart-on = O SMP Aftercare abre na bandeja quando você entra no sistema.
settings-autostart-off = O SMP Aftercare não abre mais ao entrar no sistema.

## The protocol followed, and choosing another.

settings-protocol-title = Protocolo de cuidados
# The protocol followed, one the app ships; its name is shown in bold. $name: its name;
# $version: its version, as its author wrote it.
settings-following = Você segue { $name } (versão { $version }).
# The protocol followed, from a code without a studio's name. $name, $version as above.
settings-following-shared = Você segue { $name } (versão { $version }, de um código compartilhado).
# The protocol followed, from an artist. $name, $version as above; $origin: the studio's name,
# or the name of the file it came in.
settings-following-from = Você segue { $name } (versão { $version }, de { $origin }).
settings-protocol-follow = Seguir este protocolo
settings-protocol-changed = Protocolo alterado; seus lembretes foram ajustados a ele.

## Backups: one file with everything, saved and restored.

settings-backup-title = Backup
settings-backup-intro = Seus dados ficam só neste dispositivo. Um backup é um único arquivo com suas sessões, ajustes, protocolo, lembretes e diário.
settings-backup-save = Salvar um backup
settings-backup-file = Arquivo de backup
settings-backup-restore = Restaurar o backup
settings-backup-no-file = Escolha um arquivo de backup primeiro.
settings-restore-title = Restaurar este backup?
settings-restore-message = Tudo no app será substituído pelo backup. Se o backup estiver danificado, nada muda.
# The button that confirms.
settings-restore-confirm = Restaurar
settings-backup-restored = Backup restaurado.

## Deleting everything.

settings-delete-heading = Apagar todos os dados
settings-delete = Apagar todos os dados
settings-delete-title = Apagar todos os seus dados?
settings-delete-message = Suas sessões, ajustes, escolha de protocolo, lembretes e diário serão apagados deste dispositivo, e as notificações pendentes serão canceladas. Isso não pode ser desfeito; salve um backup antes se talvez quiser recuperar esses dados.
# The button that confirms.
settings-delete-confirm = Apagar tudo
settings-deleted = Tudo foi apagado.

## The medical notice, below.

settings-about-title = Sobre os seus cuidados
