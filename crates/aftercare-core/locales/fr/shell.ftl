### Review status: draft. Written without a native speaker; needs review by one before release.

## The app around the screens: files handed to the client, the desktop's tray, Android's
## notification channels (listed in the system's settings for the app).

# A file written for the client on a computer. $path: where it is.
file-saved = Enregistré dans { $path }
file-shared = Partagé
# iOS: the client closed the share sheet without sharing.
file-not-shared = Rien n’a été partagé
# Android cannot tell whether the client shared the file or closed the sheet.
file-to-share-sheet = Transmis au menu de partage

tray-open = Ouvrir SMP Aftercare
tray-quit = Quitter (les rappels s’arrêtent)

channel-digest = Étapes du jour
channel-digest-about = Un récapitulatif chaque matin de ce qu’il faut faire et éviter dans la journée.
channel-milestone = Changements
channel-milestone-about = Quand quelque chose est de nouveau permis, comme le lavage du cuir chevelu.
channel-prep = Avant une séance
channel-prep-about = Bien se préparer : pas d’alcool, la coupe de cheveux, le sommeil.
channel-sun = Protection solaire
channel-sun-about = Vous couvrir la tête, puis protéger votre cuir chevelu pendant des années.
channel-checkin = Bilans
channel-checkin-about = Vérifier la tenue du pigment et les retouches, au fil des années.
