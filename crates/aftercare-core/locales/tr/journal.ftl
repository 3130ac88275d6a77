### Review status: draft. Written without a native speaker; needs review by one before release.

## The healing journal: the daily check-in, photos, earlier check-ins, notes.

journal-title = Günlük
journal-intro = Kafa derinizin nasıl iyileştiğini kendiniz için (ve yalnızca paylaşırsanız uygulayıcınız için) kaydedin. Hepsi bu cihazda kalır.

## The daily check-in. Each question's answers are its own messages, so that they can agree
## with the sign they describe.

journal-check-in = Kafa deriniz bugün nasıl?
journal-redness = Kızarıklık
journal-redness-none = Yok
journal-redness-mild = Hafif
journal-redness-moderate = Orta
journal-redness-severe = Şiddetli
journal-spreading = Kızarıklık, uygulama yapılan bölgenin dışına yayılıyor
journal-swelling = Şişlik
journal-swelling-none = Yok
journal-swelling-mild = Hafif
journal-swelling-moderate = Orta
journal-swelling-severe = Şiddetli
journal-itching = Kaşıntı
journal-itching-none = Yok
journal-itching-mild = Hafif
journal-itching-moderate = Orta
journal-itching-severe = Şiddetli
# Followed by a choice of journal-surface-smooth, -flaking, -scabbing.
journal-surface = Cildin durumu
journal-surface-smooth = Pürüzsüz
journal-surface-flaking = Pul pul dökülüyor
journal-surface-scabbing = Kabuklanıyor
# Above a slider from 0 to 10.
journal-pain = Ağrı, 0 (yok) ile 10 arasında
journal-discharge = Akıntı (irin: sarı veya yeşil)
journal-discharge-none = Yok
journal-discharge-clear = Şeffaf
journal-discharge-pus = İrin
journal-warmth = Dokununca sıcak geliyor
journal-fever = Ateş veya titreme
journal-streaks = Bölgeden dışarı uzanan kırmızı çizgiler
journal-check-in-save = Kontrolü kaydet
journal-check-in-update = Bugünün kontrolünü güncelle
journal-check-in-saved = Kontrol kaydedildi.
# Under the advice a check-in calls for.
journal-never-diagnoses = Bu öneri uygulamadan gelir; uygulama hiçbir zaman teşhis koymaz.

## Photos.

journal-photos = Fotoğraflar
journal-photos-hint = Her seferinde aynı açı ve aynı ışık, iyileşmeyi en iyi şekilde gösterir. Fotoğrafın çekildiği yerin bilgisi, fotoğraf saklanmadan önce silinir.
# The label of the date field: the day a photo shows.
journal-photo-date = Fotoğrafın günü
journal-photo-take = Fotoğraf çek
journal-photo-choose = Fotoğraf seç
journal-photo-added = Fotoğraf, konum bilgisi olmadan eklendi.
journal-photos-none = Henüz fotoğraf yok.
# The two days whose photos are shown side by side.
journal-photo-first = Birinci gün
journal-photo-second = İkinci gün
# A day in the lists of the two days, short to fit a phone. $day: the day since the session.
journal-photo-day-short = { $day }. gün
journal-photo-strip = Tüm fotoğraflar, gün gün
journal-photo-open = { $photo } fotoğrafını tam boyutta aç
journal-photo-compare = Karşılaştır
journal-photo-side-by-side = Yan yana
journal-photo-slider = Önce ve sonra kaydırıcısı
journal-photo-slider-label = { $before } üzerinde { $after } fotoğrafını açmak için kaydırın
journal-photo-zoom-in = Yakınlaştır
journal-photo-zoom-out = Uzaklaştır
# A photo's caption. $day: the day since the session; $date: the day, written out.
journal-photo-day = { $day }. gün · { $date }
# The photo's text for screen readers. $photo: its caption (journal-photo-day, or the date alone
# before the first session).
journal-photo-alt = Kafa deriniz: { $photo }
# A button under a photo.
journal-photo-delete = Sil
# The same button, for screen readers. $photo: the photo's caption.
journal-photo-delete-label = Fotoğrafı sil: { $photo }
journal-photo-delete-title = Bu fotoğraf silinsin mi?
# $photo: the photo's caption (journal-photo-day, or the date alone before the first session).
journal-photo-delete-text = Bu fotoğraf ({ $photo }) bu cihazdan kalıcı olarak silinir.
# Confirms deleting the photo.
journal-photo-delete-confirm = Sil
journal-photo-deleted = Fotoğraf silindi.
journal-photo-unreadable = Fotoğraf okunamadı.

## Earlier check-ins.

# $position: where the day stands ("Session 1 · day 3", "2 days before session 1"); $date: the
# day, written out.
journal-history-day = { $position } · { $date }
# After the day. $redness, $swelling: how strong: none, mild, moderate or severe; $pain: 0 to 10.
journal-history-signs =
    Kızarıklık: { $redness ->
        [mild] hafif
        [moderate] orta
        [severe] şiddetli
       *[none] yok
    }, şişlik: { $swelling ->
        [mild] hafif
        [moderate] orta
        [severe] şiddetli
       *[none] yok
    }, ağrı: { $pain }/10
journal-history-doctor = Doktora başvurun
journal-history-practitioner = Uygulayıcınıza danışın

## Notes.

journal-notes = Notlar
# The label of the text field.
journal-note = Bugün için bir not
journal-note-save = Notu kaydet
journal-note-empty = Önce bir şey yazın.
journal-note-saved = Not kaydedildi.

## How to reach the studio, under a red flag's advice. $studio: its name.

journal-studio = Stüdyonuz ({ $studio }) size yardımcı olabilir:
# After a doctor-level flag: the doctor comes first.
journal-studio-after-doctor = Önce bir doktora başvurun, ardından stüdyonuza ({ $studio }) haber verin:
# $phone, $email: as the protocol gives them.
journal-studio-call = { $phone } numarasını ara
journal-studio-email = { $email } adresine e-posta gönder
journal-studio-website = Stüdyonun web sitesini aç

## İyileşme grafiği: iyileşme günleri boyunca günlük kontroller. Grafiğin kelimeleri kısadır:
## 360 px bir telefonda çizgilerinin yanında durur.

journal-chart = İyileşmeniz bir bakışta
journal-chart-empty = Kontrolleriniz burada gün gün bir grafik olarak görünecek.
journal-chart-hint = Bir günün kontrolünü ve fotoğraflarını görmek için o güne dokunun. Bir numara, bir şeyin yeniden serbest olduğu günü gösterir.
journal-chart-label = Kontrollerinizin grafiği: { $count ->
        [one] bir gün
       *[other] { $count } gün
    }; aşağıdaki tablo aynı cevapları verir.
chart-none = Yok
chart-mild = Hafif
chart-moderate = Orta
chart-severe = Şiddetli
chart-pain = Ağrı
chart-day = Gün
chart-today = Bugün
chart-session = S{ $number }
chart-redness = Kızarıklık
chart-swelling = Şişlik
chart-itching = Kaşıntı
chart-flaking = Pullanma, kabuk
chart-skin = Cilt
journal-milestone = { $position }, { $date }: { $title }
journal-milestone-pushed = (ertelendi: { $days ->
        [one] bir gün
       *[other] { $days } gün
    })
journal-table = Cevaplarınız, gün gün
journal-day-no-check-in = Bu gün kontrol yok.
journal-day-no-photos = Bu günün fotoğrafı yok.
journal-day-close = Kapat
