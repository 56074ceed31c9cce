"""Provides the modal dialogs: each a ``ModalScreen[T]`` that dismisses with its answer."""

from screens.dialogs.choice import ChoiceDialog
from screens.dialogs.confirm import ConfirmDialog
from screens.dialogs.error import ErrorDialog
from screens.dialogs.export import ExportChoice, ExportDialog
from screens.dialogs.finding import FindingEdit, FindingEditDialog
from screens.dialogs.text_input import TextInputDialog

__all__ = [
    "ChoiceDialog",
    "ConfirmDialog",
    "ErrorDialog",
    "ExportChoice",
    "ExportDialog",
    "FindingEdit",
    "FindingEditDialog",
    "TextInputDialog",
]
