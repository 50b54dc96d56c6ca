"""The Lync Server 2010 management cmdlets (module ``Lync``), answering from the session's
topology and lab state. Importing this package registers every cmdlet (each module's
``@cmdlet`` declarations) and the views of the Lync types."""
from . import (registrarconfig, services, testing, topologycmdlets, userpoolinfo, users, views,
               windowsservice)

__all__ = ["registrarconfig", "services", "testing", "topologycmdlets", "userpoolinfo", "users", "views",
           "windowsservice"]
