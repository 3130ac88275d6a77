### Review status: draft. Written without a native speaker; needs review by one before release.

## The Share screen: an artist's protocol by code or link, the reminders as a calendar file, a
## progress summary for the artist, and the way into artist mode. Nothing leaves the device
## unless the client saves or shares it there.

share-title = Paylaş
share-intro = Burada kaydetmediğiniz ya da paylaşmadığınız sürece hiçbir şey bu cihazdan çıkmaz.

## An artist's protocol, pasted as a code or a link, looked at before anything changes.

share-protocol-title = Uygulayıcınızın protokolü
share-protocol-intro = Klinikler günler konusunda farklı uygulamalar izler. Kendi uygulayıcınızın protokolünü izleyin: size verdiği kodu ya da bağlantıyı yapıştırın, nelerin değiştiğini görün, sonra karar verin.
share-code-label = Kod veya bağlantı
share-code-missing = Uygulayıcınızın size verdiği kodu ya da bağlantıyı yapıştırın.
share-preview = Değişiklikleri gör
# The protocol offered, as a heading. $name: its name; $version: its version, as its author
# wrote it (1.2, 2026-spring).
share-protocol-name = { $name } ({ $version })
# Who gives the protocol. $studio: the studio's or artist's name.
share-from = Stüdyo: { $studio }
# $studio: the studio's or artist's name; $contact: a phone number, e-mail or street address.
share-from-contact = Stüdyo: { $studio } · { $contact }
share-no-change = Bu, zaten izlediğiniz protokol: hiçbir şey değişmez.
# Above the list of differences. $count: how many, 1 or more.
share-changes =
    { $count ->
        [one] Şu an izlediğiniz protokole göre { $count } değişiklik:
       *[other] Şu an izlediğiniz protokole göre { $count } değişiklik:
    }
# Between what the protocol followed says and what the one offered would say, with a space on
# each side: point it the way the language reads.
share-change-arrow = →
share-nothing-yet = Bu protokolü izlemeyi seçmediğiniz sürece hiçbir şey değişmez. Seanslarınız ve işaretledikleriniz olduğu gibi kalır.
share-follow = Bu protokolü izle
# $name: the protocol's name.
share-following = Artık şu protokolü izliyorsunuz: { $name }. Hatırlatıcılarınız bu protokolün günlerine göre ayarlandı.

## The reminders as a calendar file. The buttons say Save on a computer, Share on a phone.

share-calendar-title = Takvim
share-calendar-intro = Hatırlatıcılarınız ve yaklaşan seanslarınız, her takvim uygulamasında açılabilen bir takvim dosyası (.ics) olarak; her birinde bir uyarı bulunur. Daha yeni bir dosyayı içe aktardığınızda etkinlikler iki kez eklenmez, güncellenir.
share-calendar-kinds = Hangi hatırlatıcılar
share-calendar-from = Başlangıç (isteğe bağlı)
share-calendar-to = Bitiş (isteğe bağlı)
share-calendar-save = Takvim dosyasını kaydet
share-calendar-share = Takvim dosyasını paylaş
share-calendar-no-kind = En az bir hatırlatıcı türü seçin.
share-calendar-backwards = Başlangıç günü, bitiş gününden sonra geliyor.

## The progress report for the artist, and the same as text (both come from the engine).

share-summary-title = Uygulayıcınız için ilerleme özeti
share-summary-intro = Seanslarınız, bakıma kaç gün uyduğunuz, kaçırdığınız adımlar ve kontrollerinizin grafiği; uygulayıcınızın her tarayıcıda açabileceği tek bir sayfada. Günlük notları ve fotoğraflar yalnızca işaretlerseniz eklenir.
share-summary-notes = Eklenecek günlük notları
share-summary-no-notes = Günlüğünüzde henüz not yok.
share-summary-photos = Eklenecek fotoğraflar
share-summary-no-photos = Henüz fotoğraf yok.
# What a screen reader calls the preview of the report.
share-report-label = Rapor, uygulayıcınızın göreceği haliyle
share-report-save = Raporu kaydet
share-report-share = Raporu paylaş
share-summary-save = Metin olarak kaydet
share-summary-share = Metin olarak paylaş

## The way into artist mode.

share-artist-title = SMP uygulayıcısı mısınız?
share-artist-intro = Varsayılan protokolden başlayarak kendi bakım günlerinizi ve metinlerinizi yazın; bunları danışanlarınıza QR kod, bağlantı ya da dosya olarak verin.
share-artist-open = Uygulayıcı modunu aç

## Artist mode: an artist's own protocol, made from one the app ships or the one followed, then
## handed to clients as a QR code, a link, a code or a file.

artist-title = Uygulayıcı modu
artist-intro = Kendi bakım protokolünüzün günlerini ve metinlerini belirleyin. Danışanlarınız QR kodu tarar ya da bağlantıyı açar ve protokolü izlemeden önce nelerin farklı olduğunu görür.
# Links back to where artist mode was opened from.
artist-back-share = ← Paylaş ekranına dön
artist-back-welcome = ← İlk adımlara dön
# The protocol the artist starts from.
artist-base = Başlangıç noktası
artist-base-seed = Varsayılan protokol
artist-base-strict = Daha sıkı örnek
artist-base-current = İzlediğim protokol
# What a screen reader calls the form.
artist-form-label = Protokolünüz

## Who gives the protocol.

artist-studio-legend = Stüdyonuz
artist-studio = Stüdyo veya uygulayıcı adı
artist-studio-hint = Protokolle birlikte danışanlarınıza gösterilir.
artist-contact = Adres veya çalışma saatleri (isteğe bağlı)
artist-contact-hint = Metin olarak gösterilir.
# Ways to reach the studio that the client's phone opens: the dialler, the mail app, the browser.
artist-phone = Telefon (isteğe bağlı)
artist-email = E-posta (isteğe bağlı)
artist-website = Web sitesi (isteğe bağlı)
artist-social = Sosyal medya kullanıcı adı (isteğe bağlı)
artist-name = Protokol adı
artist-version = Sürüm

## Each rule's days and texts.

artist-rules-title = Günler ve metinler
artist-rules-hint = 0. gün seansın yapıldığı gündür; negatif günler seanstan öncedir.
# Under each rule's title: what it asks, and the session its days count from. $kind: avoid
# (something to avoid for a while), allowed (something allowed again) or do (something to do);
# $from: each (each session), first (the first session), final (the final session) or treatment
# (the whole treatment).
artist-rule-kind =
    { $kind ->
        [avoid] Kaçınılacak
        [allowed] Yeniden serbest
       *[do] Yapılacak
    }, { $from ->
        [first] ilk seanstan itibaren sayılır
        [final] son seanstan itibaren sayılır
        [treatment] tedavinin tamamına göre sayılır
       *[each] her seanstan itibaren sayılır
    }
artist-from-day = Başlangıç günü
artist-to-day = Bitiş günü
artist-rule-title = Başlık
artist-rule-text = Metin
# $rule: the rule's title.
artist-first-day-whole = { $rule }: başlangıç günü tam sayı olmalıdır.
# $rule: the rule's title.
artist-last-day-whole = { $rule }: bitiş günü tam sayı olmalıdır.
artist-make = QR kodu ve bağlantıyı oluştur

## The protocol, ready to give.

artist-give-title = Danışanlarınıza verin
artist-give-intro = Danışanlarınız bunu telefonlarının kamerasıyla tarar ya da bağlantıyı açar; SMP Aftercare, protokolü izlemeden önce nelerin farklı olduğunu onlara gösterir.
artist-qr-alt = Protokolünüzün bağlantısını içeren QR kod
artist-link = Bağlantı
artist-code = Kod (uygulamadaki Paylaş ekranına yapıştırmak için)
# The button says Save on a computer, Share on a phone.
artist-save-file = Protokol dosyası olarak kaydet
artist-share-file = Protokol dosyası olarak paylaş

## What an artist's protocol would change, listed before the client follows it
## (`protocol import` on the command line too). Each difference: what, before, after.

compare-name = Ad
compare-version = Sürüm
compare-studio = Stüdyo
compare-description = Açıklama
compare-min-days = Seanslar arasındaki en az gün sayısı
# $category: one of the compare-category-* words.
compare-grace = { $category } hatırlatıcısı için izin verilen en fazla gecikme
# $rule: the rule's title.
compare-new = Yeni kural: { $rule }
compare-dropped = Kaldırılan kural: { $rule }
# A rule's field that changed. $rule: the rule's title; $field: one of the compare-field-* names.
compare-rule-field = { $rule }: { $field }
compare-field-title = başlık
compare-field-days = günler
compare-field-from = sayımın başlangıcı
compare-field-kind = ne istediği
compare-field-category = hatırlatıcı türü
compare-field-at = hatırlatıcı zamanı
compare-field-every = tekrar
compare-field-lifts = bitiş
compare-field-body = metin
compare-field-source = kaynak
# A rule in one line. $kind: a compare-kind-* word; $window: its days; $anchor: a compare-anchor-*
# phrase; $body: the rule's text.
# The anchor comes first, followed by "için" (for), so that no suffix attaches to it.
compare-summary = { $kind }, { $anchor } için { $window }: { $body }
compare-window = { $start } ile { $end } arası
compare-day = { $day }. gün
# Turkish does not inflect a noun after a number.
compare-days-before =
    { $days ->
        [one] bir gün önce
       *[other] { $days } gün önce
    }
compare-hours =
    { $hours ->
        [one] { $hours } saat
       *[other] { $hours } saat
    }
# How often a rule repeats; 0: it does not.
compare-every =
    { $days ->
        [0] tekrarlanmaz
        [one] her gün
       *[other] { $days } günde bir
    }
compare-at-digest = sabah listesinde
compare-at-morning = sabah hatırlatıcısının saatinde
# $time: a time of day.
compare-at-time = saat { $time }
compare-at-uv = UV indeksi 3'e ulaşmadan kısa süre önce
compare-anchor-each = her seans
compare-anchor-first = ilk seans
compare-anchor-final = son seans
compare-anchor-treatment = tedavinin tamamı
compare-kind-avoid = kaçınılacak
compare-kind-allowed = yeniden serbest
compare-kind-do = yapılacak
compare-category-milestone = değişiklik
compare-category-digest = sabah özeti
compare-category-prep = hazırlık
compare-category-sun = güneş
compare-category-checkin = kontrol

## The calendar file. $number: the session's number; $time: when it starts; $zone: its time zone.

ics-calendar = SMP sonrası bakım
ics-session = { $number }. SMP seansı
ics-session-description = Saç mikropigmentasyonu, { $number }. seans, { $time } ({ $zone } saat dilimi).
ics-session-alarm = { $number }. SMP seansı iki saat sonra
