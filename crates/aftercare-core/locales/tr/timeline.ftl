### Review status: draft. Written without a native speaker; needs review by one before release.

## Timeline: every reminder past and future, grouped by session, with Done and Snooze.

timeline-title = Zaman çizelgesi
# Followed by timeline-jump, when something is still to come. $count: how many reminders there are.
timeline-count =
    { $count ->
        [one] Toplam { $count } hatırlatıcı.
       *[other] Toplam { $count } hatırlatıcı.
    }
timeline-jump = Sıradakine git
# $count: how many reminders were missed.
timeline-missed =
    { $count ->
        [one] { $count } hatırlatıcı kaçırıldı: aşağıda işaretlendi.
       *[other] { $count } hatırlatıcı kaçırıldı: aşağıda işaretlendi.
    }

## The groups' headings.

# $session: the session's number; $date: its day, written out.
timeline-session-on = { $session }. seans · { $date }
# A session no longer in the list. $session: its number.
timeline-session = { $session }. seans
# Sun protection and check-ins after the healing month.
timeline-years-after = Sonraki yıllarda
# Folded away: reminders a change set in the past, which never rang. $count: how many.
timeline-already-past =
    { $count ->
        [one] Ayarlandığında zamanı zaten geçmiş olan { $count } hatırlatıcı
       *[other] Ayarlandığında zamanı zaten geçmiş olan { $count } hatırlatıcı
    }

## Where a reminder stands.

timeline-state-upcoming = Yaklaşan
timeline-state-snoozed = Ertelendi
timeline-state-shown = Gösterildi
timeline-state-done = Yapıldı
timeline-state-missed = Kaçırıldı
timeline-state-past = Geçti

## A reminder.

# In place of its time. $when: the day and time the snooze ends.
timeline-snoozed-until = ertelendi (bitiş: { $when })
# A line of a reminder: something allowed again. $step: its title.
timeline-item-new = Yeniden serbest: { $step }
# Why a reminder does not come at its rule's time.
timeline-shift-quiet-hours = Sessiz saatlerinizin bitişine kaydırıldı.
timeline-shift-dst-gap = Saatler tam o sırada ileri alınıyor; hatırlatıcı, saatin atladığı anda gelir.
timeline-shift-before-session = Seansınızdan bir saat öncesine kaydırıldı.

## What the client can do with a reminder, and what is said once done.

# A button: mark the reminder done.
timeline-done = Yapıldı
timeline-marked-done = Yapıldı olarak işaretlendi.
timeline-snooze-hour = Bir saat sonra
timeline-snooze-evening = Bu akşam
timeline-snooze-tomorrow = Yarın sabah
timeline-snoozed-hour = Ertelendi: bir saat sonra.
timeline-snoozed-evening = Ertelendi: bu akşam.
timeline-snoozed-tomorrow = Ertelendi: yarın sabah.
