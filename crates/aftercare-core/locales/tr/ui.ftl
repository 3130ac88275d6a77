### Review status: draft. Written without a native speaker; needs review by one before release.

## The app's frame (ui/index.html, ui/js/app.js): the tabs, the window's title, the banners above
## every screen, what shows while the app starts or when it fails.

ui-skip = İçeriğe geç
# Shown while the first screen loads.
ui-loading = Bakımınız yükleniyor…
# The tab bar, for screen readers.
ui-sections = Bölümler
# The window's title. $screen: the screen's title (screen-today...).
ui-window-title = { $screen } · SMP Aftercare
# A heading, with the reason (in the client's language) under it.
ui-could-not-start = SMP Aftercare başlatılamadı

## A short message at the bottom of the screen when something failed that no screen expected.

# $message: what went wrong, as the app or the system wrote it (it may be in English).
ui-error = Bir sorun oluştu: { $message }
# $file: the address of a file of the app (a script, a style sheet, an image).
ui-error-load = Bir sorun oluştu: dosya yüklenemedi: { $file }
ui-error-load-unnamed = Bir sorun oluştu: bir dosya yüklenemedi
# $address: the address the app's security rules did not let it load.
ui-error-blocked = Bir sorun oluştu: içerik güvenliği politikası engelledi: { $address }

## The tabs at the bottom of the screen: short, six share a phone's width.

tab-today = Bugün
tab-timeline = Çizelge
tab-journal = Günlük
tab-sessions = Seanslar
tab-share = Paylaş
tab-settings = Ayarlar

## The screens' titles, in the window's title.

screen-welcome = Hoş geldiniz
screen-today = Bugün
screen-timeline = Zaman çizelgesi
screen-journal = Günlük
screen-sessions = Seanslar
screen-share = Paylaş
screen-artist = Uygulayıcı modu
screen-settings = Ayarlar

## The banner shown when the device is in another time zone than the client's home.

ui-zone-banner = Saat dilimi
# $zone: the time zone the device is in now; $home: the client's home zone (both IANA names,
# such as Europe/Paris).
ui-zone-question = Şu anda bulunduğunuz saat dilimi: { $zone }. Hatırlatıcılar buradaki saate göre mi gelsin, yoksa ev saatinizde ({ $home }) mi kalsın?
# A button. $zone: the time zone the device is in now.
ui-zone-follow = { $zone } saatini kullan
ui-zone-keep-home = Ev saatini koru
# After the client answered.
ui-zone-followed = Hatırlatıcılar bulunduğunuz yerin saatine göre gelir.
ui-zone-kept = Hatırlatıcılar ev saatinizde kalır.

## The banner shown when the check of the whole database found damage.

ui-damaged-banner = Hasarlı veri

## The banner shown when the app may not show notifications.

ui-notifications-banner = Bildirimler
ui-notifications-off = Bildirimler kapalı, bu yüzden hatırlatıcılar size ulaşamıyor. Bildirimleri Ayarlar ekranından açın.
ui-open-settings = Ayarları aç

## The kinds of reminder, as the client can mute them (settings) or export them (share): a name,
## and what it covers.

category-digest = Bugünün adımları
category-digest-hint = Yapılacakların ve kaçınılacakların sabah listesi.
category-milestone = Değişiklikler
category-milestone-hint = Yıkanmak gibi bir şey yeniden serbest olduğunda.
category-prep = Seanstan önce
category-prep-hint = Alkol almamak, saçınızı kestirmek, iyi uyumak.
category-sun = Güneşten korunma
category-sun-hint = İyileşme sırasında ve sonraki yıllarda başınızı örtmek.
category-checkin = Kontroller
category-checkin-hint = Yıllar içinde solma kontrolleri ve rötuşlar.

## Choosing the aftercare protocol to follow (first run and settings): one the app ships, or the
## client's artist's.

ui-protocol-choice = Bakım protokolü
# The protocol the app suggests. $name: its name, as the protocol file writes it.
ui-protocol-recommended = { $name } (önerilen)
ui-protocol-code = Uygulayıcımdan bir kod veya bağlantı
ui-protocol-code-hint = Uygulayıcınızın QR kodundan veya mesajından aldığınız kod.
ui-protocol-file = Uygulayıcımın protokol dosyası
ui-protocol-file-hint = Uygulayıcınızın size verdiği bir .toml veya .json dosyası.
# The fields that show for the last two choices.
ui-protocol-file-field = Protokol dosyası
ui-protocol-code-field = Kod veya bağlantı
ui-protocol-code-missing = Uygulayıcınızın size verdiği kodu ya da bağlantıyı yapıştırın.
ui-protocol-file-missing = Uygulayıcınızın size verdiği protokol dosyasını seçin.
# $file: the name of the file the client chose.
ui-protocol-file-too-large = Bu dosya, protokol dosyası olamayacak kadar büyük: { $file }

## Notifications, explained before the system asks for the permission (first run and settings).

# “Aftercare: today’s steps” is what the lock screen shows (private-digest).
ui-permission-why = Hatırlatıcılar bildirim olarak gelir: sabah günün adımları, seanstan önceki akşam ve bir şey yeniden serbest olduğunda. Ayrıntıları göstermeyi seçmediğiniz sürece kilit ekranında yalnızca “Bakım: bugünün adımları” yazar.
ui-permission-allow = Bildirimlere izin ver
ui-permission-granted = Bildirimler açık.
ui-permission-denied = SMP Aftercare için bildirimler kapalı. Hatırlatıcılarınızı almak için bildirimleri sistem ayarlarından açın.
ui-permission-prompt = Henüz sorulmadı.

## Shared by every screen (ui/js/dom.js).

# The button that closes a confirmation dialog without doing anything.
ui-cancel = İptal
