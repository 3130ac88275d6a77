### Review status: draft. Written without a native speaker; needs review by one before release.

## The first run (ui/js/views/welcome.js): the first session and any planned after it, when
## reminders may come, the protocol to follow, and notifications.

welcome-title = SMP sonrası bakımınız, gün gün
welcome-intro = Seans tarihlerinizi girin; SMP Aftercare size doğru günde ve doğru saatte nelerden kaçınmanız gerektiğini, nelerin yeniden serbest olduğunu, bir sonraki seansa nasıl hazırlanacağınızı ve kafa derinizi sonraki yıllarda nasıl koruyacağınızı hatırlatsın. Her şey bu cihazda kalır.
# Before a link to artist mode (welcome-artist-link), in the same line. It ends with a space,
# written { " " } (Fluent drops a plain one at the end): leave it out in a language that writes
# none between two sentences.
welcome-artist = SMP uygulayıcısı mısınız?{ " " }
welcome-artist-link = Kendi bakım protokolünüzü oluşturun

## The sessions.

welcome-first-session = İlk seansınız
welcome-zone = Seansın saat dilimi
welcome-zone-hint = Bu cihazdan algılandı. 0. gün, bu saat dilimine göre seansın yapıldığı tarihtir.
welcome-more-sessions = Planlanan diğer seanslar
welcome-more-sessions-hint = SMP genellikle 2 ila 4 seans sürer. Randevusunu aldığınız seansları ekleyin; daha sonra seans ekleyebilir veya seansları taşıyabilirsiniz.
welcome-add-session = Planlanan bir seans ekle
# The fields of each session.
welcome-date = Tarih
welcome-time = Saat
# A button that takes a planned session off the list.
welcome-remove = Kaldır
# The same button, for screen readers. $number: the session's number (2 for the first planned one).
welcome-remove-session = { $number }. seansı kaldır

## When reminders may come.

welcome-reminders = Hatırlatıcılar
welcome-reminder-time = Sabah hatırlatıcısı saati
welcome-reminder-time-hint = Günde bir bildirim, yapılacakları ve kaçınılacakları listeler.
# A checkbox, followed by two time fields: welcome-quiet-from and welcome-quiet-to.
welcome-quiet = Sessiz saatler: şu saatler arasında bildirim gelmez
welcome-quiet-from = Başlangıç
welcome-quiet-to = Bitiş

## The protocol and notifications (what they offer is in ui.ftl).

welcome-protocol = Bakım protokolü
welcome-notifications = Bildirimler

## Starting.

welcome-start = Bakımımı başlat
welcome-session-incomplete = Her seans için tarih ve saat gerekir.
welcome-zone-missing = Seanslarınızın saat dilimini seçin.
welcome-quiet-invalid = Sessiz saatler için iki farklı saat girin ya da sessiz saatleri kapatın.
welcome-done = Bakımınız ayarlandı. Hatırlatıcılar buna göre gelecek.
