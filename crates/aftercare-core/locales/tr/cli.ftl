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
