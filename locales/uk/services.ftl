# /services: каталог.
services-categories = 📚 <b>Послуги</b> · { $count } { $count ->
        [one] категорія
        [few] категорії
        [many] категорій
       *[other] категорії
    }. Оберіть категорію або знайдіть послугу: /services ТЕКСТ.
services-page = { $page }/{ $pages }
services-category-title = 📂 <b>{ $category }</b> · { $count } { $count ->
        [one] послуга
        [few] послуги
        [many] послуг
       *[other] послуги
    }
services-search-title = 🔎 Результати за запитом «{ $query }»: { $count }
services-line = <b>{ $id }</b> · { $name }
    { $rate } · { $min }–{ $max }
services-rate = { $rate } за 1000
services-rate-package = { $rate } за пакет
services-card-title = 🛍 <b>{ $name }</b>
services-card-id = ID { $id } · { $category }
services-card-type = Тип: { $type }
services-card-rate = Ціна: { $rate }
services-card-limits = Кількість: { $min } – { $max }
services-card-limits-per-post = Кількість на допис: { $min } – { $max }
services-card-flags = Рефіл: { $refill } · Скасування: { $cancel } · Крапельна подача: { $dripfeed }
services-card-average-time = ⏱ Середній час: { $time }
services-yes = ✅
services-no = ❌
services-button-order = 🛒 Замовити
services-button-categories = 📚 Усі категорії
services-search-none = За запитом «{ $query }» нічого не знайдено. Спробуйте інше або коротше слово чи надішліть /services, щоб переглянути категорії.
services-stale = ♻️ Список послуг змінився після цього повідомлення. Ось актуальний список.
services-stale-alert = Список послуг змінився. Показую актуальний.
services-not-found = Цієї послуги більше немає в списку панелі.
services-empty = Зараз на панелі немає жодної послуги.
services-query-expired = Цей пошук застарів. Надішліть /services ТЕКСТ ще раз.
