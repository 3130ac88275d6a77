### Review status: draft. Written without a native speaker; needs review by one before release.

## What went wrong, in words a person can act on: each message names the value at fault and
## says what to do. Values the client typed ($value, $key, $tag) are shown as typed.
## Turkish: no suffix is attached to a variable (its sounds are unknown); the suffix goes on the
## word after it (`{ $path }` dosyası, { $number }. seans).

## The engine: what the client typed or imported.

error-date-time = `{ $value }` bir tarih ve saat değil: beklenen biçim YYYY-MM-DDTHH:MM, ör. 2026-03-05T10:00
error-date = `{ $value }` bir tarih değil: beklenen biçim YYYY-MM-DD, ör. 2026-03-08
error-time = `{ $value }` bir saat değil: beklenen biçim HH:MM, ör. 09:00
error-quiet-hours = `{ $value }` geçerli bir sessiz saat aralığı değil: beklenen biçim, iki farklı saatle HH:MM-HH:MM, ör. 22:00-08:00
error-zone = `{ $value }` bilinen bir IANA saat dilimi değil: Europe/London veya America/New_York gibi bir ad kullanın
# $date: as typed; $first, $last: years.
error-date-out-of-range = { $date } tarihi, desteklenen { $first }-{ $last } yılları dışında kalıyor
error-latitude = `{ $value }` bir enlem değil: -90 (güney) ile 90 (kuzey) arasında bir derece kullanın
error-longitude = `{ $value }` bir boylam değil: -180 (batı) ile 180 (doğu) arasında bir derece kullanın
error-elevation = `{ $value }` bir rakım değil: deniz seviyesinden yüksekliği metre cinsinden, -500 ile 9000 arasında girin
error-ozone = `{ $value }` bir ozon sütunu değeri değil: 50 ile 700 arasında Dobson birimi kullanın (tipik değer 300)
# The category names are the command line's words: keep them in English.
error-category = `{ $value }` bir hatırlatıcı kategorisi değil: milestone, digest, prep, sun veya checkin kullanın
error-language = `{ $value }` uygulamanın desteklediği bir dil değil: en, es, fr, pt-BR veya tr kullanın; isterseniz tarih ve saat kuralları için bir bölge de ekleyin (en-GB, fr-CA)
# The snooze words are the command line's: keep them in English.
error-snooze = `{ $value }` geçerli bir erteleme değil: hour, evening, tomorrow ya da 30m, 1h veya 1d gibi bir süre kullanın
error-evening-passed = zaten akşam oldu: bir saatliğine ya da yarın sabaha kadar erteleyin
error-no-sessions = bir tedavide en az bir seans olmalıdır
error-too-many-sessions = bir tedavide en fazla { $max } seans olabilir; girilen seans sayısı: { $count }
# $earlier, $later: session numbers; $earlier_start, $later_start: their dates and times.
error-sessions-out-of-order = { $later }. seans ({ $later_start }), { $earlier }. seanstan ({ $earlier_start }) sonra gelmiyor: seansları sırasıyla girin
# $days: days between the two sessions; $min: the protocol's minimum; $protocol: its id.
# Turkish does not inflect a noun after a number: both variants read the same.
error-sessions-too-close =
    { $earlier }. ve { $later }. seans arasında yalnızca { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    } var; `{ $protocol }` protokolü en az { $min ->
        [one] { $min } gün
       *[other] { $min } gün
    } ara gerektiriyor
error-pain = ağrı değeri { $value } aralık dışında: 0 (hiç ağrı yok) ile 10 (hayal edilebilecek en kötü ağrı) arasında bir puan verin
error-unknown-rule = protokolde `{ $key }` adlı bir kural yok
error-not-postponable = `{ $key }` ertelenemez: yalnızca iyileşirken kaçındığınız şeyler ya da iyileşmeden sonra yeniden serbest olanlar bekleyebilir
error-postponed-too-long = `{ $key }` bu seans için zaten { $max } gün ertelendi: daha uzun beklemeden önce uygulayıcınıza danışın
# $problems: each problem, separated by semicolons.
error-invalid-protocol = geçersiz protokol: { $problems }
# $reason: one of the share-code-* messages.
error-share-code = bu bir protokol paylaşım kodu değil: { $reason }; hiçbir şey içe aktarılmadı
share-code-no-prefix = SMPA ve bir biçim numarasıyla başlamıyor
share-code-unknown-format = biçim numarası, SMP Aftercare uygulamasının hiçbir sürümünün yazmadığı bir numara
share-code-damaged = kod bozuk ya da eksik: kodun tamamını kopyalayın
share-code-not-text = metin içermiyor
error-newer-share-code = bu paylaşım kodu SMP Aftercare uygulamasının daha yeni bir sürümünden geliyor (biçim { $format }): içe aktarmak için uygulamayı güncelleyin
error-import-too-large = bir protokol için izin verilen { $kib } KiB sınırından büyük; dosyadan hiçbir şey okunmadı
error-too-large-for-qr = { $bytes } karakter tek bir QR kod için fazla (en fazla { $max }): bunun yerine bağlantıyı ya da dosyayı paylaşın
# $kind: the file's format (GIF, WebP, HEIC…), or "none" when it cannot be told.
error-photo-kind =
    { $kind ->
        [none] yalnızca JPEG ve PNG fotoğraflar eklenebilir; hiçbir şey saklanmadı
       *[other] bu görüntü { $kind } biçiminde; yalnızca JPEG ve PNG fotoğraflar eklenebilir; hiçbir şey saklanmadı
    }
# $why: what the file breaks, in the terms of its format.
error-photo-damaged = bu fotoğraf okunamıyor: { $why }; hiçbir şey saklanmadı
error-photo-too-large = bu fotoğraf, bir fotoğraf için izin verilen { $mib } MiB sınırından büyük; hiçbir şey saklanmadı

## A protocol file's problems, as `protocol check` and the import list them. $field: a field of
## the file (name, days, title…), which stays as written in the file.

problem-line-field = { $line }. satır, { $field }: { $message }
problem-line = { $line }. satır: { $message }
problem-field = { $field }: { $message }
problem-in = { $field }
problem-in-rule = `{ $key }` kuralı, { $field }
problem-in-rule-number = { $number }. kural, { $field }
# $tag: the translation's language tag; $message: what is wrong with it.
problem-in-translation = { $tag }: { $message }
# $detail: the file reader's own words.
problem-syntax = { $detail }
# $found: the file's format number; $reads: the one this app reads.
problem-format-newer = biçim { $found }, bu uygulamanın anladığından daha yeni (bu uygulamanın okuduğu biçim: { $reads }); uygulamayı güncelleyin
problem-format-unknown = biçim { $found } desteklenmiyor; bu uygulamanın okuduğu biçim: { $reads }
problem-format-missing = `format` alanı eksik (bu uygulamanın okuduğu biçim: { $reads })
problem-grace = en fazla { $max } saat (30 gün)
problem-no-rules = bir protokolde en az bir kural olmalıdır
problem-too-many-rules = { $count } kural; en fazla { $max } kurala izin verilir
problem-key-taken = `{ $key }` anahtarı daha önceki bir kural tarafından kullanılıyor; anahtarlar benzersiz olmalıdır
problem-uv-not-sun = "uv" güneşe bağlıdır: onu yalnızca bir `sun` kuralı kullanabilir
problem-translation-own-language = protokol zaten bu dilde yazılmış
problem-lifts-not-allowed = yalnızca bir `allowed` kuralı başka bir kuralı kaldırabilir
problem-lifts-unknown = `{ $key }` bu protokoldeki hiçbir kuralın anahtarı değil
problem-lifts-not-avoid = `{ $key }` bir `avoid` kuralı değil
# $from: the day the rule allows from; $until: the last day of the rule it lifts.
problem-lifts-overlap = { $from }. günden itibaren serbest, ancak `{ $key }` kuralı { $until }. güne kadar hâlâ geçerli
problem-day-out-of-range = gün değeri { $day } aralık dışında: günler { $first } ile { $last } arasında olmalıdır
problem-window-backwards = aralık, { $start }. günde başlamadan önce, { $end }. günde bitiyor
problem-occurrences = { $count } tekrar; en fazla { $max } (daha uzun bir `every` kullanın)
problem-language-tag = `{ $tag }`, en, es veya pt-BR gibi bir dil kodu değil
problem-key = `{ $key }` geçerli bir anahtar değil: 1 ile { $max } arasında küçük harf (a-z, Türkçe karakter olmadan), rakam ve tire kullanın
problem-empty = boş olmamalıdır
problem-too-long = { $count } karakter; en fazla { $max }
problem-control-character = bir kontrol karakteri içeriyor
problem-out-of-range = { $value } aralık dışında: { $first } ile { $last } arasında olmalıdır

## The database. $path: the file; $detail: SQLite's or the system's own words.

error-newer-database = { $path } dosyası SMP Aftercare uygulamasının daha yeni bir sürümüyle yazılmış (şema { $found }; bu sürümün okuyabildiği en yeni şema: { $supported }); uygulamayı güncelleyin. Dosyaya dokunulmadı.
error-not-a-database = { $path } dosyası bir SMP Aftercare veritabanı değil (SQLite değil); dosyaya dokunulmadı
error-corrupt = { $path } dosyası bozuk ({ $detail }); dosyaya dokunulmadı: bir yedeği geri yükleyin
error-cannot-open = { $path } dosyası açılamıyor: { $detail }
error-read-only = { $path } dosyası salt okunur: hiçbir şey değiştirilmedi
error-disk-full = { $path } dosyasının bulunduğu disk dolu: hiçbir şey değiştirilmedi
error-disk-failed = { $path } dosyasının bulunduğu diskte hata oluştu ({ $detail }): hiçbir şey değiştirilmedi
# $number: the session asked for; $count: how many there are.
error-no-such-session = { $number }. seans yok; toplam { $count } seans var
error-no-such-reminder = `{ $key }` anahtarına sahip bir hatırlatıcı yok
error-no-such-note = { $id } numaralı günlük notu yok
error-still-in-log = silindi, ancak { $path } dosyasını okuyan başka bir program (örneğin `aftercare remind`) veritabanının kayıt dosyasında (log) hâlâ eski bir kopyayı tutuyor: o programı kapatın, ardından eski kopyayı da yok etmek için yeniden silin
error-no-such-photo = { $id } numaralı fotoğraf yok
error-note-too-long = not { $count } karakter; en fazla { $max } karakter sığar
error-file = `{ $path }`: { $detail }
# $detail: what is wrong with the file, in the terms of its format.
error-invalid-backup = kullanılabilir bir yedek değil: { $detail }; hiçbir şey değiştirilmedi
error-database = beklenmeyen veritabanı hatası: { $detail }
error-migration = veritabanı şeması güncellenemedi: { $detail }

## Notifications and the device. $detail: the system's own words.

error-notifier = bildirim hizmeti isteği reddetti: { $detail }
error-platform = cihaz isteği reddetti: { $detail }
error-photo-incomplete = fotoğraf eksik geldi ({ $detail }); hiçbir şey saklanmadı
error-exact-alarms-desktop = tam zamanlı alarmlar bir Android ayarıdır; bilgisayardaki zamanlayıcı her zaman tam zamanında çalışır
error-exact-alarms-ios = iOS'ta tam zamanlı alarm ayarı yok
error-window-closed = uygulamanın penceresi kapalı
error-autostart-phone = telefonlar uygulamaları kendileri başlatır
# $id: the id asked for.
problem-not-bundled = `{ $id }`, uygulamayla birlikte gelen protokollerden biri değil
# A studio's contact details. $value: as written in the protocol.
problem-phone = `{ $value }` bir telefon numarası değil: rakam kullanın; boşluk, tire veya parantez olabilir, + yalnızca başta yer alabilir
problem-email = `{ $value }`, studio@example.com gibi bir e-posta adresi değil
problem-website = `{ $value }` bir web sitesi adresi değil: adres https:// ile başlamalıdır
problem-handle = `{ $value }`, @inkstudio gibi bir sosyal medya kullanıcı adı değil
error-no-contact = izlediğiniz protokolde stüdyoya bu yoldan ulaşmak için bir bilgi yok

## What is wrong with a photo's file, inside error-photo-damaged ($why). The format's own names
## (JPEG, PNG, IHDR, IDAT, IEND) stay as they are.

photo-empty = dosya boş
photo-cut-short = dosya eksik: görüntü bitmeden sona eriyor
photo-jpeg-stray-marker = olmaması gereken bir yerde bir JPEG işaretçisi var
photo-jpeg-segment-length = bir JPEG segmentinin uzunluğu olanaksız bir değer
photo-jpeg-segment-past-end = bir JPEG segmenti dosyanın sonunu aşıyor
photo-jpeg-data-before-frame = görüntü verisi, çerçeve başlığından önce geliyor
photo-no-image-data = görüntü verisi yok
photo-jpeg-stray-bytes = JPEG segmentlerinin arasında hiçbir segmente ait olmayan baytlar var
photo-jpeg-frame-short = JPEG çerçeve başlığı çok kısa
photo-jpeg-frame-no-size = JPEG çerçeve başlığı bir boyut belirtmiyor
photo-png-signature = PNG imzası bozuk (dosya metin olarak mı kopyalandı?)
photo-png-no-header = dosya bir PNG başlığıyla (IHDR) başlamıyor
photo-png-second-header = ikinci bir PNG başlığı (IHDR) var
photo-png-no-data = görüntü verisi (IDAT) yok
photo-png-cut-short = dosya eksik: son PNG parçasından (IEND) önce sona eriyor
photo-png-chunk-length = bir PNG parçasının uzunluğu olanaksız bir değer
photo-png-chunk-past-end = bir PNG parçası dosyanın sonunu aşıyor
photo-png-chunk-name = bir PNG parçasının adı dört harften oluşmuyor
# $chunk: the chunk's four-letter name.
photo-png-checksum = `{ $chunk }` adlı PNG parçasının sağlama toplamı tutmuyor
photo-png-header-size = PNG başlığının (IHDR) boyutu yanlış
photo-png-header-no-size = PNG başlığı (IHDR) bir boyut belirtmiyor
