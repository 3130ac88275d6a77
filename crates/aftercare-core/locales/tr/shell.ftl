### Review status: draft. Written without a native speaker; needs review by one before release.

## The app around the screens: files handed to the client, the desktop's tray, Android's
## notification channels (listed in the system's settings for the app).

# A file written for the client on a computer. $path: where it is.
file-saved = Kaydedildi: { $path }
file-shared = Paylaşıldı
# iOS: the client closed the share sheet without sharing.
file-not-shared = Hiçbir şey paylaşılmadı
# Android cannot tell whether the client shared the file or closed the sheet.
file-to-share-sheet = Paylaşım ekranına iletildi

tray-open = SMP Aftercare uygulamasını aç
tray-quit = Çık (hatırlatıcılar durur)

channel-digest = Bugünün adımları
channel-digest-about = Günün yapılacaklarını ve kaçınılacaklarını listeleyen tek bir sabah özeti.
channel-milestone = Değişiklikler
channel-milestone-about = Yıkanmak gibi bir şey yeniden serbest olduğunda.
channel-prep = Seanstan önce
channel-prep-about = Hazırlık: alkol almamak, saçınızı kestirmek, iyi uyumak.
channel-sun = Güneşten korunma
channel-sun-about = Başınızı örtmek ve kafa derinizi sonraki yıllarda da korumak.
channel-checkin = Kontroller
channel-checkin-about = Yıllar içinde solma kontrolleri ve rötuşlar.
