"""The build step of `pip install .`: compile the gettext catalogs before anything is installed.

The compiled catalogs (locales/*/LC_MESSAGES/messages.mo) are not in git; without them every Hindi and Nepali
mother would be answered in English. The app also refuses to start when one is missing (services/readiness).
Fuzzy entries are left out, as `pybabel compile` does.
"""
from pathlib import Path

from setuptools import setup
from setuptools.command.build import build

LOCALES = Path(__file__).resolve().parent / "locales"


def compile_catalogs() -> list[Path]:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/messages.po")):
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name)
        with po.with_suffix(".mo").open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        written.append(po.with_suffix(".mo"))
    if not written:
        raise SystemExit(f"no catalogs found under {LOCALES}")
    return written


class BuildWithCatalogs(build):
    def run(self):
        for path in compile_catalogs():
            print(f"compiled {path.relative_to(LOCALES.parent)}")
        super().run()


setup(cmdclass={"build": BuildWithCatalogs})
