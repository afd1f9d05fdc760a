// The main navigation's menus are <details> and work without this file. It adds what a menu that overlays the
// page should do: Escape closes the open menu and puts focus back on its summary; a click elsewhere, or focus
// moving out of the menu, closes it.
(() => {
    const openMenus = () => document.querySelectorAll('nav.main details[open]');

    document.addEventListener('keydown', event => {
        if (event.key !== 'Escape') {
            return;
        }
        for (const menu of openMenus()) {
            menu.open = false;
            if (menu.contains(document.activeElement)) {
                menu.querySelector('summary').focus();
            }
        }
    });

    document.addEventListener('click', event => {
        for (const menu of openMenus()) {
            if (!menu.contains(event.target)) {
                menu.open = false;
            }
        }
    });

    document.addEventListener('focusout', event => {
        const menu = event.target.closest?.('nav.main details[open]');
        if (menu && event.relatedTarget && !menu.contains(event.relatedTarget)) {
            menu.open = false;
        }
    });
})();
