### Review status: draft. Written without a native speaker; needs review by one before release.

## The command line's output for clients: `aftercare plan` and `aftercare today`.

# The first line of `plan`. $protocol, $version: the protocol's name and version; $zone: the time
# zone; $time: the reminder time.
cli-plan-heading = { $protocol } { $version } · saat dilimi: { $zone } · hatırlatıcı saati: { $time }
# Added to the first line when there are quiet hours. $quiet: the window, 22:00-08:00.
cli-plan-quiet = · sessiz saatler: { $quiet }
# The table's column headings, in capitals.
cli-plan-when = NE ZAMAN
cli-plan-session = SEANS
cli-plan-day = GÜN
cli-plan-category = KATEGORİ
cli-plan-reminder = HATIRLATICI
# Why a reminder is not at its usual time.
cli-shift-quiet-hours = sessiz saatlerden sonra
cli-shift-dst-gap = saatler ileri alındı
cli-shift-before-session = seanstan bir saat önce
# The last line of `plan`. $count: how many reminders; $counts: how many of each kind.
cli-plan-total =
    { $count ->
        [one] { $count } hatırlatıcı: { $counts }
       *[other] { $count } hatırlatıcı: { $counts }
    }
# One kind's count in the last line. $count: how many.
cli-count-milestone = { $count } değişiklik
cli-count-digest = { $count } sabah özeti
cli-count-prep = { $count } hazırlık
cli-count-sun = { $count } güneş
cli-count-checkin = { $count } kontrol

# `today`'s first line. $date: the day, written out; $position: where it stands, such as
# "Session 1 · day 3".
cli-day-heading = { $date } · { $position }
cli-today-allowed-today = Bugünden itibaren serbest
cli-today-avoid = Kaçınılacaklar
cli-today-do = Yapılacaklar
cli-today-allowed = Yeniden serbest
# A step. $step: its title.
cli-today-new = { $step } (bugünden itibaren)
cli-today-nothing = Bugün yapılacak bir şey yok.
# $when: in how many days ("tomorrow", "in 3 days"); $date: the day; $position: as in the first
# line; $steps: what changes.
cli-today-next-change = Sonraki değişiklik: { $when } ({ $date }, { $position }): { $steps }
cli-today-no-change = Sonraki değişiklik: planlanmış bir değişiklik yok
# $session: its number; $date, $time: when; $zone: its time zone; $when: in how many days.
cli-today-next-session = Sonraki seans: { $session }. seans, { $date }, saat { $time } ({ $zone }), { $when }

## `aftercare journal`: notes, check-ins and photos.

# $date: the day the note is for.
cli-noted = Not eklendi: { $date }
cli-notes-none = Henüz not yok.
cli-photos-none = Henüz fotoğraf yok: `aftercare journal photo add FILE` ile bir tane ekleyin.
# $id: the photo's number; $date: its day.
cli-photo-kept = Fotoğraf { $id } konum bilgisi olmadan saklandı: { $date }
# $id: the photo's number; $file: where it was written.
cli-photo-written = Fotoğraf { $id } şuraya yazıldı: { $file }
# $id: the photo's number.
cli-photo-deleted = Fotoğraf { $id } silindi

## What went wrong, on the command line. Options (--tz, --lat) and examples stay as typed.

# $path: the file; $message: what is wrong in it.
cli-error-in-file = { $path }: { $message }
# Turkish does not inflect a noun after a number: both variants read the same.
cli-error-problems =
    { $count ->
        [one] { $path }: { $count } sorun
       *[other] { $path }: { $count } sorun
    }
# $detail: the system's own words.
cli-error-read = `{ $path }` dosyası okunamıyor: { $detail }
cli-error-write = `{ $path }` dosyası yazılamıyor: { $detail }
cli-error-no-zone = bu bilgisayarın saat dilimi belirlenemiyor (ne TZ ne de sistem bir saat dilimi belirtiyor); --tz ile bir saat dilimi verin, ör. --tz Europe/London
cli-error-unknown-city = `{ $city }` uygulamanın bildiği bir şehir değil: bir saat diliminin ana şehrini (ör. Lisbon, Sydney) ya da --lat ve --lon seçeneklerini kullanın
cli-error-no-data-dir = verilerin nerede saklanacağı belirlenemiyor (HOME veya XDG_DATA_HOME tanımlı değil); --db PATH seçeneğini kullanın
cli-error-no-sessions = henüz kayıtlı bir seans yok: `aftercare session add 2026-03-05T10:00` ile bir seans ekleyin ya da --session seçeneğini kullanın
cli-error-no-place = güneş hesabı için bulunduğunuz yeri belirtin: --zone Europe/London (saat diliminin ana şehri) ya da --lat 51.5 --lon -0.13
cli-error-no-city = `{ $zone }` saat dilimine bağlı bir yer yok: --lat ve --lon seçeneklerini kullanın

## The command line's other output: sessions, reminders, settings, protocols, backups, the sun.

# What an edit did to the stored reminders. $added, $updated, $removed: how many.
cli-changes = eklenen: { $added }, güncellenen: { $updated }, kaldırılan: { $removed }
# $changes: cli-changes.
cli-reminders-changed = Hatırlatıcılar: { $changes }
# $file: a file's path.
cli-wrote = Dosya yazıldı: { $file }
cli-backed-up = Yedek şuraya kaydedildi: { $file }
cli-restored = Yedek geri yüklendi ({ $file }): { $changes }
# $number: the session's number; $start: its date and time; $zone: its time zone.
cli-session-line = { $number }. seans: { $start } ({ $zone })
cli-sessions-none = Henüz seans yok.
# The reminders table's column headings, in capitals (also cli-plan-when, -category, -reminder).
cli-reminders-state = DURUM
cli-reminders-key = ANAHTAR
cli-reminders-none = (yok)
# A reminder's state. $state: pending, scheduled, delivered, done, snoozed, missed or dismissed.
cli-state =
    { $state ->
        [pending] bekliyor
        [scheduled] planlandı
        [delivered] iletildi
        [done] yapıldı
        [snoozed] ertelendi
        [missed] kaçırıldı
       *[dismissed] kapatıldı
    }
# $title: the reminder's title; $state: cli-state; $time: a day and time.
cli-state-change = { $title }: { $state }
cli-snoozed-until = { $title }: ertelendi (bitiş: { $time })
# `aftercare remind`, while it runs. $key: the reminder's key.
cli-reminding = Hatırlatıcılar çalışıyor; bu komutu açık bırakın (durdurmak için Ctrl-C).
cli-remind-shown = { $time }  gösterildi: { $title }  [{ $key }]
cli-remind-done = yapıldı: { $title }  [{ $key }]
cli-remind-snoozed = ertelendi (bitiş: { $time }): { $title }  [{ $key }]
# $detail: the notification service's own words.
cli-remind-failed = bildirim iletilemedi: { $detail }
# `aftercare settings`: each label, then its value, aligned.
cli-settings-time = Hatırlatıcı saati:
cli-settings-quiet = Sessiz saatler:
cli-settings-zones = Saat dilimleri:
cli-settings-muted = Sessize alınanlar:
cli-settings-sun = Güneş hesabı için yer:
cli-off = kapalı
cli-none = yok
cli-zone-follow = cihazın saat dilimini kullan
cli-zone-home = ev saat dilimini koru
# $policy: cli-zone-follow or cli-zone-home; $home, $device, $zone: time zones.
cli-settings-zones-value = { $policy } (ev: { $home }, cihaz: { $device }; hatırlatıcıların saat dilimi: { $zone })
# $city: a city's name.
cli-sun-zone-city = { $city } (kullanılan saat diliminin ana şehri)
cli-sun-no-city = yok: kullanılan saat diliminin bir şehri yok; --city ile bir şehir seçin
# $place: a city or coordinates; $metres: the elevation.
cli-settings-sun-value = { $place }, rakım { $metres } m
# `aftercare protocol`. $name, $version: the protocol's; $studio: the studio's name.
cli-protocol-heading = "{ $name }" { $version }
cli-protocol-heading-studio = "{ $name }" { $version } · stüdyo: { $studio }
cli-protocol-same = Bu, zaten izlediğiniz protokol: değişecek bir şey yok.
# Turkish does not inflect a noun after a number: both variants read the same.
cli-protocol-differences =
    { $count ->
        [one] Sizinkine göre { $count } fark:
       *[other] Sizinkine göre { $count } fark:
    }
# A rule or field the new protocol drops. $what: what it was; $before: its value.
cli-protocol-was = { $what } (önceki: { $before })
# Asked on the terminal, answered y or n.
cli-protocol-confirm = Bundan sonra bu protokolü izlemek istiyor musunuz?
cli-protocol-declined = Hiçbir şey değişmedi. Bu protokolü izlemek için komutu --yes ile yeniden çalıştırın.
cli-protocol-following = Artık şu protokolü izliyorsunuz: "{ $name }" { $version }. Hatırlatıcılar: { $changes }
# $file: the file checked; $rules: how many rules it has.
cli-protocol-ok =
    { $rules ->
        [one] { $file }: tamam: "{ $name }", sürüm { $version }, { $rules } kural
       *[other] { $file }: tamam: "{ $name }", sürüm { $version }, { $rules } kural
    }
# `aftercare sun`. $place: a city or coordinates; $zone: the time zone.
cli-sun-heading = Bulutsuz havada UV indeksi: { $place } · saat dilimi: { $zone }
# $date: a day; $peak: the day's highest UV index; $time: when; $protect: cli-sun-protect or
# cli-sun-below.
cli-sun-day = { $date }  en yüksek { $peak }, saat { $time }  { $protect }
# $opens, $closes: times of day.
cli-sun-protect = koruma: { $opens }–{ $closes }
# $level: the UV index from which to protect the scalp.
cli-sun-below = UV, { $level } değerinin altında kalıyor
cli-sun-note = Bulutsuz hava için yapılmış bir tahmindir: bulutlar indeksi düşürür; kar ve rakım yükseltir. UV { $level } ve üzerindeyken kafa derinizi koruyun.
# Where an answer is read from, named in an error when it cannot be.
cli-standard-input = standart girdi
