# typing names in annotations are accepted and ignored at run time; the aliases are cached by
# typing, so what they name stays referenced.
import gc
import sys
from typing import Any, Dict, List, Optional, Tuple, Union

import typing


class Account:
    owner: str
    balance: float = 0.0
    history: List[float]
    tags: Dict[str, Any]

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self.balance = balance
        self.history: List[float] = []

    def deposit(self, amount: float) -> "Account":
        self.balance += amount
        self.history.append(amount)
        return self

    def last(self) -> Optional[float]:
        return self.history[-1] if self.history else None


print(Account.__annotations__)
print(Account.deposit.__annotations__)
print(Account.last.__annotations__)
acct = Account("ann").deposit(10).deposit(2.5)
print(acct.balance, acct.history, acct.last())
print(sys.getrefcount(Account))


class Ledger:
    entries: List[Account]
    by_owner: Dict[str, Account]
    parent: Optional["Ledger"] = None


print(Ledger.__annotations__)
print("refs to Account:", sys.getrefcount(Account))
print(List[Account] is List[Account], Optional[Account] == Union[Account, None])
print(Union[int, str], Union[int], Tuple[int, str], Optional[List[int]])
pair: Tuple[int, int] = (1, 2)
print(__annotations__)
print(typing.cast(int, "not checked"), typing.TYPE_CHECKING)


def total(accounts: List[Account], start: float = 0) -> float:
    result: float = start
    for a in accounts:
        result += a.balance
    return result


print(total([acct, Account("bob", 5)]))
print(total.__annotations__)
del Ledger
print("collected:", gc.collect())
del acct
print("refs to Account:", sys.getrefcount(Account))
