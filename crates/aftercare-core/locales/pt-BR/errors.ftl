### Review status: draft. Written without a native speaker; needs review by one before release.

## What went wrong, in words a person can act on: each message names the value at fault and
## says what to do. Values the client typed ($value, $key, $tag) are shown as typed.

## The engine: what the client typed or imported.

error-date-time = `{ $value }` não é uma data e hora: o formato esperado é YYYY-MM-DDTHH:MM, por exemplo 2026-03-05T10:00
error-date = `{ $value }` não é uma data: o formato esperado é YYYY-MM-DD, por exemplo 2026-03-08
error-time = `{ $value }` não é um horário: o formato esperado é HH:MM, por exemplo 09:00
error-quiet-hours = `{ $value }` não é um horário de silêncio válido: o formato esperado é HH:MM-HH:MM, com dois horários diferentes, por exemplo 22:00-08:00
error-zone = `{ $value }` não é um fuso horário IANA conhecido: use um nome como Europe/London ou America/New_York
# $date: as typed; $first, $last: years.
error-date-out-of-range = { $date } está fora dos anos aceitos ({ $first }-{ $last })
error-latitude = `{ $value }` não é uma latitude: use graus de -90 (sul) a 90 (norte)
error-longitude = `{ $value }` não é uma longitude: use graus de -180 (oeste) a 180 (leste)
error-elevation = `{ $value }` não é uma altitude: use metros acima do nível do mar, de -500 a 9000
error-ozone = `{ $value }` não é uma coluna de ozônio: use unidades Dobson de 50 a 700 (300 é o valor típico)
# The category names are the command line's words: keep them in English.
error-category = `{ $value }` não é uma categoria de lembrete: use milestone, digest, prep, sun ou checkin
error-language = `{ $value }` não é um idioma disponível no app: use en, es, fr, pt-BR ou tr, com uma região para as convenções de data e hora, se quiser (en-GB, fr-CA)
# The snooze words are the command line's: keep them in English.
error-snooze = `{ $value }` não é um adiamento válido: use hour, evening, tomorrow ou uma duração como 30m, 1h ou 1d
error-evening-passed = já é noite: adie por uma hora ou até amanhã de manhã
error-no-sessions = um tratamento precisa de pelo menos uma sessão
error-too-many-sessions = um tratamento comporta no máximo { $max } sessões, não { $count }
# $earlier, $later: session numbers; $earlier_start, $later_start: their dates and times.
error-sessions-out-of-order = a sessão { $later } ({ $later_start }) não vem depois da sessão { $earlier } ({ $earlier_start }): liste as sessões em ordem
# $days: days between the two sessions; $min: the protocol's minimum; $protocol: its id.
# Portuguese counts 0 as "one": the [0] variants come first.
error-sessions-too-close =
    entre as sessões { $earlier } e { $later } há só { $days ->
        [0] 0 dias
        [one] { $days } dia
       *[other] { $days } dias
    }; o protocolo `{ $protocol }` exige pelo menos { $min ->
        [0] 0 dias
        [one] { $min } dia
       *[other] { $min } dias
    }
error-pain = a dor { $value } está fora da escala: dê uma nota de 0 (nenhuma dor) a 10 (a pior dor imaginável)
error-unknown-rule = o protocolo não tem a regra `{ $key }`
error-not-postponable = a etapa `{ $key }` não pode ser adiada: só o que você evita durante a cicatrização, ou o que volta a ser liberado depois dela, pode esperar
error-postponed-too-long = a etapa `{ $key }` já foi adiada { $max } dias nesta sessão: fale com seu profissional antes de esperar mais
# $problems: each problem, separated by semicolons.
error-invalid-protocol = protocolo inválido: { $problems }
# $reason: one of the share-code-* messages.
error-share-code = este não é um código de compartilhamento de protocolo: { $reason }; nada foi importado
share-code-no-prefix = ele não começa com SMPA e um número de formato
share-code-unknown-format = o número de formato dele não foi gerado por nenhuma versão do SMP Aftercare
share-code-damaged = ele está danificado ou incompleto: copie o código inteiro
share-code-not-text = ele não contém texto
error-newer-share-code = este código vem de uma versão mais nova do SMP Aftercare (formato { $format }): atualize o app para importá-lo
error-import-too-large = maior que os { $kib } KiB permitidos para um protocolo; nada foi lido dele
error-too-large-for-qr = { $bytes } caracteres são demais para um único QR code (no máximo { $max }): compartilhe o link ou o arquivo
# $kind: the file's format (GIF, WebP, HEIC…), or "none" when it cannot be told.
error-photo-kind =
    { $kind ->
        [none] só é possível adicionar fotos JPEG e PNG; nada foi guardado
       *[other] esta é uma imagem { $kind }, e só é possível adicionar fotos JPEG e PNG; nada foi guardado
    }
# $why: what the file breaks, in the terms of its format.
error-photo-damaged = não é possível ler esta foto: { $why }; nada foi guardado
error-photo-too-large = esta foto passa dos { $mib } MiB permitidos para uma foto; nada foi guardado

## A protocol file's problems, as `protocol check` and the import list them. $field: a field of
## the file (name, days, title…), which stays as written in the file.

problem-line-field = linha { $line }, { $field }: { $message }
problem-line = linha { $line }: { $message }
problem-field = { $field }: { $message }
problem-in = { $field }
problem-in-rule = regra `{ $key }`, { $field }
problem-in-rule-number = regra nº { $number }, { $field }
# $tag: the translation's language tag; $message: what is wrong with it.
problem-in-translation = { $tag }: { $message }
# $detail: the file reader's own words.
problem-syntax = { $detail }
# $found: the file's format number; $reads: the one this app reads.
problem-format-newer = o formato { $found } é mais novo do que este app consegue ler ({ $reads }); atualize o app
problem-format-unknown = o formato { $found } não é compatível; este app lê o formato { $reads }
problem-format-missing = falta o campo `format` (este app lê o formato { $reads })
problem-grace = no máximo { $max } horas (30 dias)
problem-no-rules = um protocolo precisa de pelo menos uma regra
problem-too-many-rules = { $count } regras; são permitidas no máximo { $max }
problem-key-taken = a chave `{ $key }` já é usada por uma regra anterior; as chaves precisam ser únicas
problem-uv-not-sun = "uv" acompanha o sol: só uma regra `sun` pode usá-lo
problem-translation-own-language = o protocolo já está escrito neste idioma
problem-lifts-not-allowed = só uma regra `allowed` pode liberar outra
problem-lifts-unknown = `{ $key }` não é a chave de nenhuma regra deste protocolo
problem-lifts-not-avoid = `{ $key }` não é uma regra `avoid`
# $from: the day the rule allows from; $until: the last day of the rule it lifts.
problem-lifts-overlap = liberado a partir do dia { $from }, mas `{ $key }` ainda vale até o dia { $until }
problem-day-out-of-range = o dia { $day } está fora do intervalo: os dias vão de { $first } a { $last }
problem-window-backwards = o período termina no dia { $end }, antes de começar, no dia { $start }
problem-occurrences = { $count } ocorrências; no máximo { $max } (use um `every` maior)
problem-language-tag = `{ $tag }` não é um código de idioma como en, es ou pt-BR
problem-key = `{ $key }` não é uma chave válida: use de 1 a { $max } letras minúsculas sem acento (a-z), algarismos e hifens
problem-empty = não pode ficar vazio
problem-too-long = { $count } caracteres; no máximo { $max }
problem-control-character = contém um caractere de controle
problem-out-of-range = { $value } está fora do intervalo: de { $first } a { $last }

## The database. $path: the file; $detail: SQLite's or the system's own words.

error-newer-database = { $path } foi gravado por uma versão mais nova do SMP Aftercare (esquema { $found }; esta versão lê até o esquema { $supported }); atualize o app. O arquivo não foi alterado.
error-not-a-database = { $path } não é um banco de dados do SMP Aftercare (não é SQLite); o arquivo não foi alterado
error-corrupt = { $path } está danificado ({ $detail }); o arquivo não foi alterado: restaure um backup
error-cannot-open = não é possível abrir { $path }: { $detail }
error-read-only = { $path } é somente leitura: nada foi alterado
error-disk-full = o disco onde fica { $path } está cheio: nada foi alterado
error-disk-failed = o disco onde fica { $path } falhou ({ $detail }): nada foi alterado
# $number: the session asked for; $count: how many there are.
error-no-such-session = não existe a sessão { $number }; o total de sessões é { $count }
error-no-such-reminder = nenhum lembrete tem a chave `{ $key }`
error-no-such-note = não existe a anotação { $id } no diário
error-still-in-log = o item foi apagado, mas outro programa que está lendo { $path } (como o `aftercare remind`) ainda mantém uma cópia antiga no log do banco de dados: feche esse programa e apague de novo para eliminar a cópia
error-no-such-photo = não existe a foto { $id }
error-note-too-long = a anotação tem { $count } caracteres; cabem no máximo { $max }
error-file = `{ $path }`: { $detail }
# $detail: what is wrong with the file, in the terms of its format.
error-invalid-backup = não é um backup utilizável: { $detail }; nada foi alterado
error-database = erro inesperado no banco de dados: { $detail }
error-migration = a atualização do banco de dados falhou: { $detail }

## Notifications and the device. $detail: the system's own words.

error-notifier = o serviço de notificações recusou: { $detail }
error-platform = o dispositivo recusou: { $detail }
error-photo-incomplete = a foto não chegou inteira ({ $detail }); nada foi guardado
error-exact-alarms-desktop = alarmes exatos são uma configuração do Android; no computador, o temporizador sempre dispara na hora certa
error-exact-alarms-ios = o iOS não tem configuração de alarmes exatos
error-window-closed = a janela do app está fechada
error-autostart-phone = os celulares iniciam os apps por conta própria
# $id: the id asked for.
problem-not-bundled = `{ $id }` não é um dos protocolos que vêm com o app
# A studio's contact details. $value: as written in the protocol.
problem-phone = `{ $value }` não é um número de telefone: use algarismos, com espaços, hifens ou parênteses, e o + só no início
problem-email = `{ $value }` não é um endereço de e-mail como studio@example.com
problem-website = `{ $value }` não é um endereço de site: ele precisa começar com https://
problem-handle = `{ $value }` não é um nome de usuário de rede social como @inkstudio
error-no-contact = o protocolo que você segue não informa essa forma de contato com o estúdio dele

## What is wrong with a photo's file, inside error-photo-damaged ($why). The format's own names
## (JPEG, PNG, IHDR, IDAT, IEND) stay as they are.

photo-empty = o arquivo está vazio
photo-cut-short = o arquivo está incompleto: ele termina antes do fim da imagem
photo-jpeg-stray-marker = há um marcador JPEG onde não deveria haver nenhum
photo-jpeg-segment-length = um segmento JPEG tem um comprimento impossível
photo-jpeg-segment-past-end = um segmento JPEG ultrapassa o fim do arquivo
photo-jpeg-data-before-frame = os dados da imagem vêm antes do cabeçalho de quadro
photo-no-image-data = não há dados de imagem
photo-jpeg-stray-bytes = há bytes entre segmentos JPEG que não pertencem a nenhum deles
photo-jpeg-frame-short = o cabeçalho de quadro JPEG é curto demais
photo-jpeg-frame-no-size = o cabeçalho de quadro JPEG não informa nenhum tamanho
photo-png-signature = a assinatura PNG está danificada (a foto foi copiada como texto?)
photo-png-no-header = não começa com um cabeçalho PNG (IHDR)
photo-png-second-header = há um segundo cabeçalho PNG (IHDR)
photo-png-no-data = não há dados de imagem (IDAT)
photo-png-cut-short = o arquivo está incompleto: ele termina antes do último bloco PNG (IEND)
photo-png-chunk-length = um bloco PNG tem um comprimento impossível
photo-png-chunk-past-end = um bloco PNG ultrapassa o fim do arquivo
photo-png-chunk-name = um bloco PNG tem um nome que não é de quatro letras
# $chunk: the chunk's four-letter name.
photo-png-checksum = a soma de verificação do bloco PNG `{ $chunk }` não confere
photo-png-header-size = o cabeçalho PNG (IHDR) tem o tamanho errado
photo-png-header-no-size = o cabeçalho PNG (IHDR) não informa nenhum tamanho
