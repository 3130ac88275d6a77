### Review status: draft. Written without a native speaker; needs review by one before release.

## The Settings screen: the language, when reminders come, which kinds, whose clock they follow,
## what the lock screen shows, notifications, the protocol, backups, deleting everything.

settings-title = Ayarlar

## The settings form: the language, then the reminders.

settings-reminders-title = Hatırlatıcılar
settings-language = Dil
# The first choice of language, before the languages the app has (each named in itself).
settings-language-system = Sistem dili
settings-language-hint = Tarihler ve saatler, seçilen dilin kurallarına göre yazılır.
settings-reminder-time = Sabah hatırlatıcısı saati
settings-reminder-time-missing = Sabah hatırlatıcısının saatini seçin.
settings-quiet = Sessiz saatler
# When quiet hours begin, and when they end.
settings-quiet-from = Başlangıç
settings-quiet-to = Bitiş
settings-quiet-hint = Sessiz saatlere denk gelen bir hatırlatıcı, bu saatler bitene kadar bekler; hiçbiri atlanmaz.
settings-quiet-invalid = Sessiz saatler için iki farklı saat girin ya da sessiz saatleri kapatın.
# Above the kinds of reminder, each of which can be turned off.
settings-kinds = Hatırlatıcı türleri
settings-zone = Saat dilimi
settings-policy-follow = Bulunduğum yerin saatini kullan
# $time: an example time of day, 9 in the morning, written as the client's conventions do.
settings-policy-follow-hint = Seyahat ettiğinizde, { $time } için kurulan bir hatırlatıcı yerel saatle yine { $time } olarak gelir.
settings-policy-home = Ev saatini koru
settings-policy-home-hint = Nerede olursanız olun, hatırlatıcılar ev saat diliminizin saatine göre gelir.
settings-home-zone = Ev saat dilimi
settings-details = Hatırlatıcının içeriğini kilit ekranında göster
# Quotes what the lock screen shows instead (the message private-digest).
settings-details-hint = Kapalıyken kilit ekranında yalnızca “{ private-digest }” görünür; ayrıntılar uygulamadadır.
settings-save = Ayarları kaydet
settings-saved = Ayarlar kaydedildi; hatırlatıcılar bu ayarlara göre gelir.

## Where the sun is estimated for: the main city of the time zone, a city from the list, or
## coordinates; and the elevation.

settings-sun-legend = Güneş hesabı için bulunduğunuz yer
settings-place = Yer
settings-place-hint = Güneş hatırlatıcıları oradaki UV indeksine göre gelir. Uygulama konumunuzu hiçbir zaman istemez.
settings-place-zone = Saat dilimimin ana şehri
# $city: the main city of the time zone reminders follow (Lisbon).
settings-place-zone-city = Saat dilimimin ana şehri ({ $city })
settings-place-city = Listeden bir şehir
settings-place-coordinates = Koordinatlar
settings-city = Şehir
# An example in the city field; any well-known city of the language's countries.
settings-city-placeholder = ör. İstanbul
settings-city-hint = Yazmaya başlayın; listede her saat diliminin ana şehri bulunur.
settings-city-unknown = Listeden bir şehir seçin ya da koordinatları girin.
# Labels of the coordinates: north and east are positive, south and west negative.
settings-latitude = Enlem (kuzey +)
settings-longitude = Boylam (doğu +)
# $latitude, $longitude: example coordinates (London's), numbers with decimals.
settings-coordinates-missing = Hem enlemi hem boylamı girin; örneğin enlem { $latitude }, boylam { $longitude }.
settings-elevation = Rakım (metre)
settings-elevation-hint = UV indeksi her kilometrede yaklaşık %6 artar.

## Notifications: on Android, exact times; on a computer, the tray and starting at login.

settings-notifications-title = Bildirimler
settings-exact-allowed = Hatırlatıcılar tam dakikasında gelir: Android, SMP Aftercare uygulamasının tam zamanlı alarm kurmasına izin veriyor.
# “Alarms & reminders” is the name of Android's system setting, as Android calls it in the language.
settings-exact-held = Android, pil tasarrufu için bir hatırlatıcıyı bir saate kadar geciktirebilir; bu yüzden buradaki saatler “yaklaşık” saatlerdir. SMP Aftercare için “Alarmlar ve hatırlatıcılar” iznini verirseniz hatırlatıcılar tam dakikasında gelir.
settings-exact-allow = Tam saatlere izin ver
# “Quit” is the item of the tray icon’s menu: write it as the tray menu does.
settings-desktop = Bilgisayarda hatırlatıcılar, SMP Aftercare çalıştığı sürece gelir. Uygulamanın penceresini kapattığınızda uygulama sistem tepsisinde çalışmaya devam eder; durdurmak için oradaki menüden “Çık” seçeneğini seçin. Uygulama kapalıyken zamanı gelen hatırlatıcılar, hâlâ işe yarıyorsa uygulama açıldığında gösterilir.
settings-autostart = Oturum açtığımda SMP Aftercare uygulamasını sistem tepsisinde başlat
settings-autostart-on = SMP Aftercare, oturum açtığınızda sistem tepsisinde başlayacak.
settings-autostart-off = SMP Aftercare artık oturum açtığınızda başlamayacak.

## The protocol followed, and choosing another.

settings-protocol-title = Bakım protokolü
# The protocol followed, one the app ships; its name is shown in bold. $name: its name;
# $version: its version, as its author wrote it.
settings-following = İzlediğiniz protokol: { $name } (sürüm { $version }).
# The protocol followed, from a code without a studio's name. $name, $version as above.
settings-following-shared = İzlediğiniz protokol: { $name } (sürüm { $version }, paylaşılan bir koddan).
# The protocol followed, from an artist. $name, $version as above; $origin: the studio's name,
# or the name of the file it came in.
settings-following-from = İzlediğiniz protokol: { $name } (sürüm { $version }, kaynak: { $origin }).
settings-protocol-follow = Bu protokolü izle
settings-protocol-changed = Protokol değiştirildi; hatırlatıcılarınız artık bu protokole göre gelir.

## Backups: one file with everything, saved and restored.

settings-backup-title = Yedekleme
settings-backup-intro = Verileriniz yalnızca bu cihazda bulunur. Yedek; seanslarınızı, ayarlarınızı, protokolünüzü, hatırlatıcılarınızı ve günlüğünüzü içeren tek bir dosyadır.
settings-backup-save = Yedek kaydet
settings-backup-file = Yedek dosyası
settings-backup-restore = Yedekten geri yükle
settings-backup-no-file = Önce bir yedek dosyası seçin.
settings-restore-title = Bu yedek geri yüklensin mi?
settings-restore-message = Uygulamadaki her şeyin yerini yedekteki veriler alır. Yedek bozuksa hiçbir şey değişmez.
# The button that confirms.
settings-restore-confirm = Geri yükle
settings-backup-restored = Yedek geri yüklendi.

## Deleting everything.

settings-delete-heading = Tüm verileri sil
settings-delete = Tüm verileri sil
settings-delete-title = Tüm verileriniz silinsin mi?
settings-delete-message = Seanslarınız, ayarlarınız, protokol seçiminiz, hatırlatıcılarınız ve günlüğünüz bu cihazdan silinir; bekleyen bildirimler iptal edilir. Bu işlem geri alınamaz; verilerinizi geri isteyebilirseniz önce bir yedek kaydedin.
# The button that confirms.
settings-delete-confirm = Her şeyi sil
settings-deleted = Her şey silindi.

## The medical notice, below.

settings-about-title = Bakımınız hakkında
