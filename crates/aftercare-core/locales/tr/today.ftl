### Review status: draft. Written without a native speaker; needs review by one before release.

## Today: where the client is in the treatment, the day's checklist, what changes next, the
## next session, the sun, the check-in, and the medical notice.

today-title = Bugün
today-no-session = Bugünün adımlarını görmek için bir seans ekleyin.

## The checklist's sections.

today-section-allowed-today = Bugünden itibaren serbest
today-section-avoid = Kaçınılacaklar
today-section-do = Yapılacaklar
today-section-allowed = Yeniden serbest

today-nothing = Bugün yapılacak bir şey yok
today-nothing-sun = Dışarıdayken kafa derinizi güneşten koruyun: SMP'yi en çok solduran şey güneştir.

# Followed by today-missed-link. $count: how many reminders were missed.
today-missed =
    { $count ->
        [one] Bildirimler gösterilemediği sırada { $count } hatırlatıcı kaçırıldı.
       *[other] Bildirimler gösterilemediği sırada { $count } hatırlatıcı kaçırıldı.
    }
today-missed-link = Zaman çizelgesinde görün

## What changes next.

today-next-change-label = Sıradaki değişiklik
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-change = Sonraki değişiklik: { $when }
# $date: the day, written out; $session: the session's number; $day: the day since it.
today-next-change-day = { $date } · { $session }. seans, { $day }. gün

## The next session.

today-next-session-label = Sonraki seans
# $when: how far it is from today, as `days-ahead` says it ("today", "tomorrow", "in 3 days").
today-next-session = Sonraki seans: { $when }
# $session: the session's number; $date: its day, written out; $time: its start time.
today-next-session-at = { $session }. seans: { $date }, saat { $time }
# $time: the session's start time; $zone: the time zone it is in, an IANA name ("Europe/London").
today-next-session-zone = { $zone } saatiyle { $time }

## A step of the checklist.

# For what is avoided: $date, the last day it still applies, written out.
today-until = son gün: { $date }
today-until-today = son gün: bugün
today-new = Bugünden itibaren
today-add-photo = Fotoğraf ekle
today-photo-guide = Karşılaştırılabilir fotoğraflar için: aynı yer, aynı ışık (önden gelen gün ışığı, flaş yok), kamera geçen seferki yükseklik ve açıda.
today-add-touch-up = Rötuş randevunuz mu var? Sonraki seansınız olarak ekleyin
today-touch-up-add = Seansı ekle
today-touch-up-added = { $session }. seans { $date } için eklendi: protokolünüzün hazırlığı öncesinde, bakımı sonrasında gelir.
# A button offered where a healing step is allowed again today, or avoided for the last day.
today-postpone = Hâlâ iyileşiyor mu? Bir gün ertele
# The same button, for screen readers. $step: the step's title.
today-postpone-label = Hâlâ iyileşiyor mu? Bir gün ertele: { $step }
today-postponed = Bir gün ertelendi; hatırlatıcılarınız da buna göre kaydı.
today-postpone-undone = Protokolünüzdeki güne geri dönüldü.

## Healing steps the client pushed back.

today-waiting = Protokolünüzden daha uzun bekledikleriniz
# $step: the step's title; $days: how many days it was pushed back.
today-waiting-step =
    { $days ->
        [one] { $step }: { $days } gün daha geç
       *[other] { $step }: { $days } gün daha geç
    }
today-undo = Geri al
# For screen readers. $step: the step's title.
today-undo-label = Geri al: { $step }

## The sun where the client is: a clear-sky estimate.

today-sun-label = Bugün güneş
# $place: a city's name, or coordinates.
today-sun = Bugün güneş ({ $place })
# $opens, $closes: times of day.
today-sun-window = { $opens } ile { $closes } arasında UV 3 veya üzerinde
today-sun-low = UV indeksi bugün 3'ün altında kalıyor
# $peak: the day's highest UV index, a number such as 6.4; $peak_at: the time of day it is reached.
today-sun-peak = En yüksek değer { NUMBER($peak, minimumFractionDigits: 1, maximumFractionDigits: 1) }, saat { $peak_at } civarında. Bulutsuz hava varsayılarak yapılmış bir tahmindir: bulutlar indeksi düşürür; rakım, kar ve su yükseltir.

## The day's check-in.

today-check-in-label = Bugünün kontrolü
# Once answered, when nothing calls for the practitioner.
today-checked-in-usual = Kontrol yapıldı: iyileşme normal seyrinde
today-check-in-change = Gör veya değiştir
today-check-in-why = Nedenini gör
today-check-in-prompt-label = İyileşme kontrolü
today-check-in-prompt = Kafa deriniz bugün nasıl görünüyor, neler hissediyorsunuz? Kısa bir kontrol, uygulayıcınıza ne zaman başvurmanız gerektiğini size söyler.
today-check-in = Kontrol yap

## The medical notice, also on the first-run and settings screens.

today-notice-label = Tıbbi tavsiye değildir
# In bold, before today-notice.
today-notice-title = Tıbbi tavsiye değildir.
today-notice = Bu uygulama size bir bakım rutinini hatırlatır; uygulayıcınızın talimatları her zaman önce gelir.
today-notice-when = Uygulayıcınıza veya bir doktora ne zaman başvurmalısınız?
today-sign-redness = 3. günden sonra yayılan veya artan kızarıklık
today-sign-swelling = Sıcaklık hissi veya artmaya devam eden şişlik
today-sign-pus = İrin veya sarı akıntı
today-sign-fever = Ateş veya titreme
today-sign-streaks = Bölgeden dışarı uzanan kırmızı çizgiler
today-sign-pain = Şiddetli ağrı
today-never-diagnoses = Bu öneri uygulamadan gelir; uygulama hiçbir zaman teşhis koymaz.

## Where the day stands in the healing of its session.

today-course = İyileşmeniz, gün gün
today-course-left = { $title }: { $left ->
        [one] son gün
       *[other] { $left } gün kaldı
    }
today-course-later = { $title }: { $date } tarihinden itibaren
today-course-over = { $title } ({ $date } tarihinden beri)
