### Review status: draft. Written without a native speaker; needs review by one before release.

## The Sessions screen: add, move and remove appointments; the reminders follow at once.

sessions-title = Seanslar
sessions-intro = Bir seansı taşıdığınızda, o seansa göre sayılan tüm hatırlatıcılar da onunla birlikte kayar. Protokolünüzde belirtildiği gibi, seanslar arasında birkaç gün olmalıdır.

## A session's fields, on each session and in the form that adds one.

sessions-date = Tarih
sessions-time = Saat
sessions-zone = Saat dilimi
sessions-needs-date-time = Bir seans için tarih ve saat gerekir.
sessions-needs-zone = Bir seans için saat dilimi gerekir.

## Each session, in a card.

# $number: the session's number (1 for the first).
sessions-heading = { $number }. seans
# Under the heading. $date: the session's day, written out (Monday, March 9, 2026); $time: its
# time of day; $zone: its time zone, an IANA name such as Europe/London.
sessions-when = { $date } · { $time } · { $zone }
sessions-move = Seansı taşı
sessions-remove = Kaldır
# Why Remove is greyed out when there is one session.
sessions-only-one = Tek seansınız kaldırılamaz; bunun yerine onu taşıyın.
# $number: the session's number.
sessions-moved = { $number }. seans taşındı; hatırlatıcıları da birlikte kaydı.

## Asked before a session is removed.

# $number: the session's number.
sessions-remove-title = { $number }. seans kaldırılsın mı?
sessions-remove-message = Seansın hatırlatıcıları da onunla birlikte kaldırılır. Yapıldı olarak işaretledikleriniz, seansı yeniden eklemeniz ihtimaline karşı saklanır.
# The button that confirms.
sessions-remove-confirm = Seansı kaldır
# $number: the session's number.
sessions-removed = { $number }. seans kaldırıldı.

## The form that adds a session.

sessions-add-title = Seans ekleyin
sessions-add-hint = Bir sonraki seans ya da yıllar sonraki bir rötuş.
sessions-add = Seans ekle
sessions-added = Seans eklendi; hatırlatıcıları ayarlandı.
