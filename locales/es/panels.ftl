## /connect → ➕ Otro panel: cualquier panel con API v2, por su dirección
button-other-panel = ➕ Otro panel
connect-ask-address = 🌐 Envía la dirección de tu panel, por ejemplo smmpanel.com o https://smmpanel.com/api/v2. Yo encuentro su API.
connect-panel-found = API del panel encontrada: { $url }
connect-address-refused-malformed = Eso no es una dirección web. Envíala como smmpanel.com o https://smmpanel.com/api/v2, o /cancel.
connect-address-refused-scheme = Solo se permiten direcciones seguras https. Envía la dirección https del panel, o /cancel.
connect-address-refused-credentials = La dirección no puede incluir usuario ni contraseña. Envíala sin ellos, o /cancel.
connect-address-refused-port = Ese puerto no está permitido: a los paneles se llega por los puertos web estándar. Envía la dirección sin el puerto, o /cancel.
connect-address-refused-denied = El operador del bot ha bloqueado este panel. Envía otra dirección, o /cancel.
connect-address-refused-not-allowed = El operador del bot solo permite ciertos paneles y este no es uno de ellos. Envía otra dirección, o /cancel.
connect-address-refused-disabled = Los demás paneles están desactivados en este bot. Envía /connect para elegir uno de sus paneles.
connect-address-refused-private = Esta dirección lleva a una red privada o interna, no a un panel público. Envía la dirección pública del panel, o /cancel.
connect-address-refused-unresolved = Esta dirección no existe (no se encuentra el dominio). Revisa cómo está escrita y envíala de nuevo, o /cancel.
connect-no-api = Llegué a { $host }, pero no encontré allí la API del panel. Envía la dirección completa de la API que aparece en la página de API del panel (por ejemplo https://smmpanel.com/api/v2), o /cancel.
connect-unreachable = No pude llegar a { $host } (no responde o su protección me bloqueó). Envía la dirección otra vez para reintentar, o /cancel.
