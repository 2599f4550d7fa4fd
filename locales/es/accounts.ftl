cmd-accounts = Tus cuentas de panel: cambiar, renombrar, desconectar
accounts-title = 👤 <b>Tus cuentas de panel</b> ({ $count })
accounts-title-group = 👤 <b>Cuentas de panel de este grupo</b> ({ $count })
accounts-none = Todavía no tienes ninguna cuenta de panel conectada. Añade una con el botón de abajo o con /connect.
accounts-none-group = Este grupo todavía no tiene ninguna cuenta de panel vinculada. Un administrador puede añadir una con el botón de abajo o con /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 saldo no disponible: { $reason }
accounts-unreadable = ⚠️ hay que volver a conectarla: conecta su clave de nuevo con /connect
accounts-active-hint = ✅ marca la cuenta activa: /balance, /services, /order, /status, /track, /refill y /cancel la usan. Cada pedido se queda con la cuenta con la que se hizo o se empezó a seguir.
accounts-button-use = ▫️ Usar { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Renombrar
accounts-button-disconnect = ❌ Desconectar
accounts-button-add = ➕ Añadir cuenta
accounts-button-refresh = 🔄 Actualizar
accounts-switched = Ahora usas { $name }.
accounts-rename-ask = ✏️ Envía un nombre nuevo para { $name } (hasta { $max } caracteres) o “-” para volver a mostrar el nombre del panel.
accounts-renamed = ✅ Nuevo nombre: <b>{ $name }</b>. Mira /accounts.
accounts-rename-cleared = ✅ La cuenta vuelve a mostrar el nombre de su panel. Mira /accounts.
accounts-rename-too-long = Envía un nombre de 1 a { $max } caracteres, o “-”.
accounts-disconnect-confirm = ¿Desconectar <b>{ $name }</b>? { $orders ->
    [0] No se sigue ningún pedido con ella.
    [one] El pedido que se sigue con ella dejará de seguirse.
    [many] Los { $orders } pedidos que se siguen con ella dejarán de seguirse.
   *[other] Los { $orders } pedidos que se siguen con ella dejarán de seguirse.
}
accounts-disconnect-yes = ❌ Sí, desconectar
accounts-disconnect-no = Mantenerla
accounts-disconnected = ✅ La cuenta <b>{ $name }</b> se ha desconectado y su clave se ha eliminado. { $orders ->
    [0] {""}
    [one] Se ha dejado de seguir 1 pedido.
    [many] Se han dejado de seguir { $orders } pedidos.
   *[other] Se han dejado de seguir { $orders } pedidos.
}
accounts-too-many = Ya tienes { $max } cuentas: primero desconecta una en /accounts.
accounts-now-active = Ahora es tu cuenta activa ({ $count } conectadas): cámbialas o renómbralas en /accounts.
accounts-found-on = Encontrado con tu cuenta { $name }.
accounts-order-account = 👤 { $name }
