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
