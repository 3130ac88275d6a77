### Review status: draft. Written without a native speaker; needs review by one before release.

## The engine's texts: reminders and notifications, where a day stands in the treatment,
## healing advice, the progress summary.

## How far a day is from today. $days: a whole number, 0 or more.

days-ahead =
    { $days ->
        [0] bugün
        [1] yarın
       *[other] { $days } gün sonra
    }
days-ago =
    { $days ->
        [1] dün
       *[other] { $days } gün önce
    }

## Where a date stands. $session: the session's number; $day: the day since it (day 0 is the
## session's day); $days: how many days before it.

position-day = { $session }. seans · { $day }. gün
position-before =
    { $days ->
        [one] { $session }. seanstan { $days } gün önce
       *[other] { $session }. seanstan { $days } gün önce
    }

## Reminders as notifications show them.

# The morning digest. $session, $day as above; $days: days before the session.
digest-title-day = { $session }. seans · { $day }. gün: bugünün adımları
digest-title-before =
    { $days ->
        [one] { $session }. seansa { $days } gün kaldı: bugünün adımları
       *[other] { $session }. seansa { $days } gün kaldı: bugünün adımları
    }
# Reminders of one category that go out at the same minute, as one notification.
group-milestone = Bugünden itibaren değişenler
group-digest = Bugünün adımları
group-prep = Seansınıza hazırlık
group-sun = Güneşten korunma
group-checkin = Kontrol zamanı
# A step the client may do again from today, in a digest's list. $step: the step's title.
digest-allowed = Bugünden itibaren: { $step }
# A step in a digest that lasts beyond today. $step: the title; $date: its last day.
digest-until-today = { $step } (son gün: bugün)
digest-until = { $step } (son gün: { $date })
# When the sun is strong, added to a sun reminder. $opens, $closes, $peak_at: times of day;
# $peak: the day's highest UV index.
uv-note = { $opens } ile { $closes } arasında UV indeksi 3 veya üzerinde (en yüksek değer { $peak }, saat { $peak_at } civarında). Bulutsuz hava varsayılarak yapılmış bir tahmindir: bulutlar indeksi düşürür; rakım, kar ve su yükseltir.

# The buttons on a notification: the step is done; show it again in an hour.
action-done = Yapıldı
action-snooze = Bir saat sonra

## On the lock screen, unless the client lets notifications show what they say.

private-digest = Bakım: bugünün adımları
private-milestone = Bakım: bugün bir şey değişiyor
private-prep = Bakım: seansınıza hazırlık
private-sun = Bakım: güneşten korunma
private-checkin = Bakım: kontrol zamanı
private-body = Görmek için SMP Aftercare uygulamasını açın.

## Healing advice after a check-in. Not medical advice: it says whom to contact.

healing-fever = Ateş veya titreme bir enfeksiyona işaret edebilir.
healing-streaks = Bölgeden dışarı doğru uzanan kırmızı çizgiler, yayılan bir enfeksiyona işaret edebilir.
healing-pus = İrin veya sarı akıntı normal iyileşmenin bir parçası değildir.
healing-severe-pain = Şiddetli ağrı normal iyileşmenin bir parçası değildir.
healing-warmth = Dokununca sıcak gelen bir bölge iltihaplanmış olabilir.
healing-spreading = 3. günden sonra yayılan kızarıklık kontrol ettirilmelidir.
healing-redness-growing = Kızarıklık 3. günden sonra azalması gerekirken artıyor.
healing-swelling-growing = Şişlik inmesi gerekirken artıyor.
healing-pain-growing = Ağrı 3. günden sonra hafiflemesi gerekirken artıyor.
healing-doctor = Bugün bir doktora başvurun
healing-practitioner = Uygulayıcınıza başvurun
healing-usual = İyileşme normal seyrinde
healing-doctor-advice = Bugün bir doktora başvurun ve uygulayıcınıza haber verin. Kendinizi çok kötü hissediyorsanız bulunduğunuz yerdeki acil durum numarasını arayın.
healing-practitioner-advice = Uygulayıcınıza ya da bir doktora başvurun ve gördüklerinizi anlatın. Bölgeyi temiz tutun ve kurcalamayın.
healing-usual-advice = Burada uygulayıcınıza başvurmanızı gerektiren bir şey yok: biraz kızarıklık, kaşıntı ve deride hafif soyulma iyileşmenin parçasıdır. Kaşımayın ve kurcalamayın; yarın yeniden kontrol edin.

## The progress summary a client sends their artist, as plain text.

summary-title = SMP sonrası bakım: ilerleme durumum
# $date: today, written out.
summary-as-of = { $date } itibarıyla
summary-protocol = Protokol: { $name }
summary-from = Stüdyo: { $studio }
summary-sessions = Seanslar
# $number: the session's number; $date, $time: when it is.
summary-session-done = - { $number }. seans: { $date }, saat { $time } (yapıldı)
summary-session-planned = - { $number }. seans: { $date }, saat { $time } (planlandı)
# $followed: days with a step ticked or a reminder done, of $days since the first session;
# $done: reminders done.
summary-followed = İlk seanstan bu yana geçen { $days } günün { $followed } gününde bakıma uyuldu; { $done ->
        [one] { $done } hatırlatıcı tamamlandı.
       *[other] { $done } hatırlatıcı tamamlandı.
    }
summary-no-missed = Kaçırılan adım yok.
summary-missed = Kaçırılan adımlar ({ $count }):
summary-notes = İyileşme günlüğümden

## The report for the artist.

report-title = İyileşme raporu
report-session-done = { $number }. seans: { $date }, { $time } (yapıldı)
report-session-planned = { $number }. seans: { $date }, { $time } (planlandı)
report-missed = Kaçırılan adımlar ({ $count })
report-photos = Fotoğraflar
report-made = { $date } tarihinde SMP Aftercare ile hazırlandı. Yalnızca danışanın paylaşmayı seçtiklerini içerir.
