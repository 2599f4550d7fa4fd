# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = إليك ما يمكنني فعله:
help-inline = الوضع المضمّن: اكتب @{ $bot } 23501 في أي محادثة لعرض حالة الطلب.
help-group-intro = في هذه المجموعة:
help-group-everyone = الجميع:
help-group-admins = مشرفو المجموعة فقط:
